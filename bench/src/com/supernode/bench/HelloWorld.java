package com.supernode.bench;

/** The floor of every cold-start figure: a JVM that starts, prints a line and exits. */
public final class HelloWorld {
  private HelloWorld() {}

  public static void main(String[] args) {
    System.out.println("hello");
  }
}

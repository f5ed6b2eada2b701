package com.supernode.tke;

/** Thrown when the function runs without the keys of an execution role. */
public final class MissingCredentialsException extends RuntimeException {
  public MissingCredentialsException(String missingName) {
    super("The function has no role credentials: " + missingName + " is unset. Attach an "
        + "execution role to the function; SCF then passes its temporary keys.");
  }
}

package com.supernode.local;

import com.supernode.emulator.EmulatorMain;
import com.supernode.emulator.EmulatorWorldException;
import com.supernode.emulator.EmulatorWorld;
import com.supernode.emulator.TkeEmulator;
import com.supernode.event.Utf8;
import com.supernode.function.ClusterAllowlist;
import com.supernode.tke.CredentialSource;
import com.supernode.tke.TkeSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The {@code scf-local} command: runs the functions on this machine as SCF would, against the
 * embedded TKE emulator unless {@code --real} is given.
 *
 * <p>The function's own output (its JSON log lines, which SCF would ship to CLS) goes to
 * stderr, so stdout carries only the return value of {@code invoke}.
 */
public final class ScfLocal {
  static final String USAGE = String.join("\n",
      "usage: scf-local invoke FUNCTION EVENT_FILE [--world FILE] [--real]",
      "       scf-local serve [PORT] [--world FILE] [--real]",
      "       scf-local emulator [PORT] [--world FILE]",
      "",
      "       scf-local --help",
      "",
      "FUNCTION is create, batch-create or readiness. The functions call an embedded TKE",
      "emulator whose initial state comes from --world (default: the shipped world).",
      "--real calls real TKE instead; it needs TENCENTCLOUD_SECRETID, TENCENTCLOUD_SECRETKEY",
      "(and TENCENTCLOUD_SESSIONTOKEN for temporary keys), TKE_REGION and ALLOWED_CLUSTERS in",
      "the environment. Without --real, ALLOWED_CLUSTERS defaults to * (any emulated cluster).",
      "invoke exits 1 when the function's result is an error (statusCode 400 or more, or",
      "Response.Error), 2 on a usage mistake.",
      "serve listens on 127.0.0.1:PORT (default 9000): POST /virtual-nodes,",
      "POST /virtual-nodes/batch, and POST /functions/FUNCTION/invocations with a raw event.");

  private ScfLocal() {}

  public static void main(String[] args) throws Exception {
    PrintStream stdout = System.out;
    // Everything the functions print is their log; only invoke's result goes to stdout.
    System.setOut(System.err);
    int status;
    try {
      status = run(parse(args), stdout);
    } catch (UsageException e) {
      System.err.println("scf-local: " + e.getMessage());
      System.err.println("Run ./scf-local --help for usage.");
      status = 2;
    } catch (HelpRequested e) {
      stdout.println(USAGE);
      status = 0;
    } catch (LocalRunException | EmulatorWorldException | ScfInvoker.HandlerLoadException
        | UncheckedIOException e) {
      // Mistakes in files, ports or handler strings get one line, not a stack trace.
      System.err.println("scf-local: " + e.getMessage());
      status = 1;
    }
    stdout.flush();
    System.exit(status);
  }

  private static int run(Options options, PrintStream stdout) throws Exception {
    switch (options.command) {
      case "emulator":
        List<String> emulatorArgs = new ArrayList<>();
        if (options.worldFile != null) {
          emulatorArgs.add("--world");
          emulatorArgs.add(options.worldFile.toString());
        }
        emulatorArgs.add("--port");
        emulatorArgs.add(String.valueOf(options.port(0)));
        System.setOut(stdout);
        EmulatorMain.main(emulatorArgs.toArray(new String[0]));
        return 0;
      case "invoke":
        return invoke(options, stdout);
      case "serve":
        return serve(options);
      default:
        throw new UsageException("unknown command '" + options.command + "'");
    }
  }

  private static int invoke(Options options, PrintStream stdout) throws Exception {
    FunctionCatalog.Entry entry = FunctionCatalog.find(options.function).orElseThrow(
        () -> new UsageException("unknown function '" + options.function + "'"));
    String event = readEvent(options.eventFile);
    String result;
    try (TkeEmulator emulator = startBackend(options)) {
      ScfInvoker invoker = ScfInvoker.load(entry.handler(), ScfLocal.class.getClassLoader());
      result = invoker.invoke(event, new LocalContext(entry.timeLimitMs(), 512));
    }
    stdout.println(result);
    return InvocationResults.isError(result) ? 1 : 0;
  }

  private static String readEvent(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new LocalRunException("event file " + file + " does not exist");
    } catch (IOException e) {
      throw new LocalRunException("event file " + file + " cannot be read: " + e.getMessage());
    }
    String text = Utf8.decode(bytes).orElseThrow(
        () -> new LocalRunException("event file " + file + " is not UTF-8 text"));
    String problem = InvocationResults.eventProblem(text);
    if (problem != null) {
      throw new LocalRunException("event file " + file + " " + problem);
    }
    return text;
  }

  private static int serve(Options options) throws Exception {
    int port = options.port(9000);
    try (TkeEmulator emulator = startBackend(options);
        LocalApiGateway gateway = startGateway(port)) {
      System.err.println("scf-local: serving on http://127.0.0.1:" + gateway.port()
          + (emulator == null ? " against real TKE" : " against the emulator at "
          + emulator.endpoint()) + "; stop with Ctrl-C");
      new CountDownLatch(1).await();
    }
    return 0;
  }

  private static LocalApiGateway startGateway(int port) {
    try {
      return LocalApiGateway.start(port, System.err);
    } catch (IOException e) {
      throw new LocalRunException("cannot listen on 127.0.0.1:" + port + ": " + e.getMessage()
          + ". Choose another port, for example ./scf-local serve 9001.");
    }
  }

  /**
   * Starts the emulator and points the functions' settings at it, or checks that real TKE
   * was configured; returns null for real TKE.
   */
  private static TkeEmulator startBackend(Options options) throws IOException {
    if (options.real) {
      requireEnvironment(CredentialSource.SECRET_ID);
      requireEnvironment(CredentialSource.SECRET_KEY);
      requireEnvironment(TkeSettings.REGION);
      requireEnvironment(ClusterAllowlist.SETTING);
      System.err.println("scf-local: calling real TKE in region "
          + System.getenv(TkeSettings.REGION));
      return null;
    }
    EmulatorWorld world = options.worldFile == null
        ? EmulatorWorld.defaultWorld() : EmulatorWorld.load(options.worldFile);
    TkeEmulator emulator = TkeEmulator.start(world);
    // SCF passes role keys as system properties, so the handlers read them from there too.
    System.setProperty(TkeSettings.ENDPOINT, emulator.endpoint());
    System.setProperty(TkeSettings.REGION, world.region());
    System.setProperty(CredentialSource.SECRET_ID, emulator.secretId());
    System.setProperty(CredentialSource.SECRET_KEY, emulator.secretKey());
    if (System.getenv(ClusterAllowlist.SETTING) == null) {
      // The emulator's clusters are all fake, so the local run may act on any of them.
      System.setProperty(ClusterAllowlist.SETTING, "*");
    }
    return emulator;
  }

  private static void requireEnvironment(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new UsageException("--real needs " + name + " in the environment");
    }
  }

  private static Options parse(String[] args) {
    Options options = new Options();
    List<String> positional = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--help") || args[i].equals("-h") || args[i].equals("help")) {
        throw new HelpRequested();
      } else if (args[i].equals("--real")) {
        options.real = true;
      } else if (args[i].equals("--world")) {
        if (i + 1 >= args.length) {
          throw new UsageException("--world needs a FILE");
        }
        options.worldFile = Path.of(args[++i]);
      } else if (args[i].startsWith("--")) {
        throw new UsageException("unknown option '" + args[i] + "'");
      } else {
        positional.add(args[i]);
      }
    }
    if (positional.isEmpty()) {
      throw new UsageException("a command is required");
    }
    options.command = positional.get(0);
    if (options.command.equals("invoke")) {
      if (positional.size() != 3) {
        throw new UsageException("invoke takes FUNCTION EVENT_FILE");
      }
      options.function = positional.get(1);
      options.eventFile = Path.of(positional.get(2));
    } else if (positional.size() == 2) {
      options.portText = positional.get(1);
    } else if (positional.size() > 2) {
      throw new UsageException("too many arguments");
    }
    if (options.real && options.command.equals("emulator")) {
      throw new UsageException("--real does not apply to the emulator");
    }
    return options;
  }

  private static final class Options {
    String command;
    String function;
    Path eventFile;
    Path worldFile;
    String portText;
    boolean real;

    int port(int fallback) {
      if (portText == null) {
        return fallback;
      }
      try {
        int port = Integer.parseInt(portText);
        if (port < 0 || port > 65535) {
          throw new NumberFormatException();
        }
        return port;
      } catch (NumberFormatException e) {
        throw new UsageException("PORT must be a number from 0 to 65535, found '" + portText
            + "'");
      }
    }
  }

  private static final class UsageException extends RuntimeException {
    UsageException(String message) {
      super(message);
    }
  }

  private static final class HelpRequested extends RuntimeException {
    HelpRequested() {
      super("help requested");
    }
  }

  /** Thrown for a mistake outside the command line, such as an unreadable event file. */
  private static final class LocalRunException extends RuntimeException {
    LocalRunException(String message) {
      super(message);
    }
  }
}

package com.supernode.function;

import com.supernode.config.ScfLimits;
import com.supernode.config.Settings;
import com.supernode.event.EventDecoder;
import com.supernode.log.JsonLog;
import com.supernode.tke.CredentialSource;
import com.supernode.tke.SdkGatewayCache;
import com.supernode.tke.TkeGateway;
import com.supernode.tke.TkeGatewayFactory;
import com.supernode.tke.TkeSettings;
import java.time.Clock;
import java.util.function.Function;

/**
 * What a handler takes from its surroundings: settings, credentials, the way to reach TKE,
 * the log and the clock. SCF's no-argument constructors use {@link #fromSystem()}; tests and
 * the local runner build one that points at the emulator.
 */
public final class FunctionEnvironment {
  /**
   * Maximum decoded request size in bytes, at most {@link ScfLimits#MAX_SYNC_EVENT_BYTES}
   * because SCF rejects a larger synchronous event before the function runs.
   */
  public static final String MAX_REQUEST_BYTES = "MAX_REQUEST_BYTES";

  private final Settings settings;
  private final CredentialSource credentials;
  private final Function<Settings, TkeGatewayFactory> gateways;
  private final JsonLog log;
  private final Clock clock;

  public FunctionEnvironment(Settings settings, Function<Settings, TkeGatewayFactory> gateways,
      JsonLog log, Clock clock) {
    this.settings = settings;
    this.credentials = new CredentialSource(settings);
    this.gateways = gateways;
    this.log = log;
    this.clock = clock;
  }

  /** Returns the environment of a deployed function: system settings, the SDK, stdout. */
  public static FunctionEnvironment fromSystem() {
    return of(Settings.fromSystem());
  }

  /**
   * Returns an environment with the SDK gateway, reused across invocations while its settings
   * and credentials stay the same, stdout logging and the UTC clock.
   */
  public static FunctionEnvironment of(Settings settings) {
    SdkGatewayCache gateways = new SdkGatewayCache();
    return new FunctionEnvironment(settings, s -> gateways.factory(TkeSettings.from(s)),
        JsonLog.toStdout(), Clock.systemUTC());
  }

  public Settings settings() {
    return settings;
  }

  public JsonLog log() {
    return log;
  }

  public Clock clock() {
    return clock;
  }

  /** Builds an event decoder with the configured request size limit. */
  public EventDecoder eventDecoder() {
    return new EventDecoder(settings.getInt(MAX_REQUEST_BYTES,
        EventDecoder.DEFAULT_MAX_REQUEST_BYTES, 1024, ScfLimits.MAX_SYNC_EVENT_BYTES));
  }

  /**
   * Opens a TKE gateway with the credentials current now. Settings are read again on every
   * call, so a warm instance follows a changed setting or rotated keys.
   */
  public TkeGateway openGateway() {
    TkeGatewayFactory factory = gateways.apply(settings);
    return factory.open(credentials.current());
  }
}

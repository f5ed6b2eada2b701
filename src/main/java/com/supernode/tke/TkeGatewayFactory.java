package com.supernode.tke;

/** Builds a gateway for one invocation, from the credentials current at its start. */
public interface TkeGatewayFactory {
  TkeGateway open(RoleCredentials credentials);

  /** Returns a factory of SDK gateways with the given settings. */
  static TkeGatewayFactory sdk(TkeSettings settings) {
    return credentials -> new SdkTkeGateway(settings, credentials);
  }
}

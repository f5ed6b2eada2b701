package com.supernode.emulator;

/** The Tencent Cloud API 3.0 and TKE error codes the emulator responds with. */
final class ErrorCodes {
  static final String INVALID_AUTHORIZATION = "AuthFailure.InvalidAuthorization";
  static final String SECRET_ID_NOT_FOUND = "AuthFailure.SecretIdNotFound";
  static final String SIGNATURE_EXPIRE = "AuthFailure.SignatureExpire";
  static final String SIGNATURE_FAILURE = "AuthFailure.SignatureFailure";
  static final String TOKEN_FAILURE = "AuthFailure.TokenFailure";
  static final String INVALID_ACTION = "InvalidAction";
  static final String NO_SUCH_VERSION = "NoSuchVersion";
  static final String UNSUPPORTED_REGION = "UnsupportedRegion";
  static final String UNSUPPORTED_PROTOCOL = "UnsupportedProtocol";
  static final String INVALID_PARAMETER = "InvalidParameter";
  static final String MISSING_PARAMETER = "MissingParameter";
  static final String UNKNOWN_PARAMETER = "UnknownParameter";
  static final String REQUEST_LIMIT_EXCEEDED = "RequestLimitExceeded";

  static final String PARAM = "InvalidParameter.Param";
  static final String SUBNET_INVALID = "InvalidParameter.SubnetInvalidError";
  static final String SUBNET_ALREADY_EXIST = "ResourceInUse.SubnetAlreadyExist";
  static final String CLUSTER_NOT_FOUND = "ResourceNotFound.ClusterNotFound";
  static final String CLUSTER_STATE = "ResourceUnavailable.ClusterState";
  static final String NODE_POOL_STATE_NOT_NORMAL = "ResourceUnavailable.NodePoolStateNotNormal";
  static final String CAM_NO_AUTH = "UnauthorizedOperation.CamNoAuth";
  static final String NOT_IN_WHITELIST = "UnsupportedOperation.NotInWhitelist";
  static final String NOT_SUPPORT_VIRTUAL_KUBELET =
      "UnsupportedOperation.NotSupportInstallVirtualKubelet";

  private ErrorCodes() {}
}

package com.supernode.emulator;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The subnets a {@code CreateClusterVirtualNode} request names through exactly one of
 * {@code SubnetId}, {@code SubnetIds} or {@code VirtualNodes[].SubnetId}.
 */
final class SubnetSelection {
  private static final List<String> FORMS = List.of("SubnetId", "SubnetIds", "VirtualNodes");

  private SubnetSelection() {}

  /** Returns the subnet IDs in request order, or throws {@code InvalidParameter.Param}. */
  static List<String> from(JsonObject params) {
    List<String> formsGiven = new ArrayList<>();
    for (String form : FORMS) {
      if (params.has(form) && !params.get(form).isJsonNull()) {
        formsGiven.add(form);
      }
    }
    if (formsGiven.size() != 1) {
      String found = formsGiven.isEmpty() ? "none" : String.join(" and ", formsGiven);
      throw new TkeApiError(ErrorCodes.PARAM,
          "give exactly one of SubnetId, SubnetIds or VirtualNodes; found " + found);
    }
    List<String> subnetIds = subnetIds(params, formsGiven.get(0));
    if (subnetIds.isEmpty()) {
      throw new TkeApiError(ErrorCodes.PARAM, formsGiven.get(0) + " must not be empty");
    }
    Set<String> seen = new HashSet<>();
    for (String subnetId : subnetIds) {
      if (!seen.add(subnetId)) {
        // NOTE: how TKE treats a subnet named twice in one request is undocumented.
        throw new TkeApiError(ErrorCodes.PARAM, "subnet " + subnetId + " is named twice");
      }
    }
    return subnetIds;
  }

  private static List<String> subnetIds(JsonObject params, String form) {
    if (form.equals("SubnetId")) {
      return List.of(ActionHandler.stringParam(params, form));
    }
    if (form.equals("SubnetIds")) {
      return ActionHandler.stringsParam(params, form);
    }
    List<String> subnetIds = new ArrayList<>();
    for (JsonElement spec : params.getAsJsonArray(form)) {
      subnetIds.add(spec.getAsJsonObject().get("SubnetId").getAsString());
    }
    return subnetIds;
  }
}

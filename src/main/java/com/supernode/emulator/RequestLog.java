package com.supernode.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Every request the emulator received, in arrival order. */
final class RequestLog {
  private final List<RecordedRequest> requests = new ArrayList<>();

  synchronized void add(RecordedRequest request) {
    requests.add(request);
  }

  synchronized List<RecordedRequest> snapshot() {
    return List.copyOf(requests);
  }

  synchronized List<RecordedRequest> snapshot(String action) {
    return requests.stream()
        .filter(r -> action.equals(r.action()))
        .collect(Collectors.toUnmodifiableList());
  }

  synchronized void clear() {
    requests.clear();
  }
}

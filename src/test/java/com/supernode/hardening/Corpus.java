package com.supernode.hardening;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Loads the bad-input corpus, one case per file, naming the file of any case it cannot read. */
final class Corpus {
  static final String DIRECTORY = "corpus";

  private Corpus() {}

  /** Loads every {@code .json} file of the corpus directory, in file-name order. */
  static List<CorpusCase> load() {
    List<CorpusCase> cases = new ArrayList<>();
    for (Path file : files()) {
      cases.add(read(file));
    }
    return cases;
  }

  private static CorpusCase read(Path file) {
    String fileName = file.getFileName().toString();
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      JsonObject json = JsonParser.parseString(text).getAsJsonObject();
      return new CorpusCase(fileName.substring(0, fileName.length() - ".json".length()), json);
    } catch (IOException e) {
      throw new UncheckedIOException(DIRECTORY + "/" + fileName + ": cannot read: " + e, e);
    } catch (JsonParseException | IllegalArgumentException | IllegalStateException
        | NullPointerException | ClassCastException e) {
      throw new IllegalStateException(DIRECTORY + "/" + fileName + ": " + e.getMessage(), e);
    }
  }

  private static List<Path> files() {
    URL url = Corpus.class.getClassLoader().getResource(DIRECTORY);
    if (url == null) {
      throw new IllegalStateException("test resource directory " + DIRECTORY + " is missing");
    }
    try (Stream<Path> listing = Files.list(Path.of(url.toURI()))) {
      return listing.filter(path -> path.toString().endsWith(".json")).sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + DIRECTORY + ": " + e, e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate " + DIRECTORY + ": " + url, e);
    }
  }
}

package org.husnu.symposium.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.husnu.symposium.core.store.CollectionOwnership.Service;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the collection table of {@code docs/architecture.md} true: every collection is
 * listed with exactly the writers the code allows.
 */
class ArchitectureDocumentTests {

	@Test
	void architectureDocumentListsEveryCollectionWithItsWriters() throws IOException {
		String document = Files.readString(Path.of("..", "docs", "architecture.md"));
		for (Map.Entry<String, Set<Service>> entry : CollectionOwnership.writers().entrySet()) {
			String writers = entry.getValue()
				.stream()
				.map((service) -> service.name().toLowerCase(Locale.ROOT))
				.collect(Collectors.joining(", "));
			assertThat(document).as("row of collection %s", entry.getKey())
				.contains("| `" + entry.getKey() + "` | " + writers + " |");
		}
	}

}

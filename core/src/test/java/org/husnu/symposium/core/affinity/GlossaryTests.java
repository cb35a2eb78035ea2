package org.husnu.symposium.core.affinity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GlossaryTests {

	@Test
	void everyConceptHasTermsInAllThreeLanguagesThatAnalyseToTokens() throws IOException {
		AffinityAnalyzer analyzer = AffinityAnalyzer.shared();
		Set<String> ids = new HashSet<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(Glossary.class.getResourceAsStream(Glossary.RESOURCE), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] columns = line.split("\t", -1);
				assertThat(columns).as(line).hasSize(4);
				assertThat(ids.add(columns[0])).as("duplicate concept %s", columns[0]).isTrue();
				for (int column = 1; column < 4; column++) {
					assertThat(columns[column]).as("%s column %d", columns[0], column).isNotBlank();
					for (String term : columns[column].split("\\|")) {
						assertThat(analyzer.tokens(term)).as("%s: %s", columns[0], term).isNotEmpty();
					}
				}
			}
		}
		assertThat(ids).hasSizeGreaterThan(150);
		assertThat(analyzer.glossaryConcepts()).isEqualTo(ids.size());
	}

}

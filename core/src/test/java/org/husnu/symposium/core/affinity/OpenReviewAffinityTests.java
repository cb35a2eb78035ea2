package org.husnu.symposium.core.affinity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class OpenReviewAffinityTests {

	@TempDir
	Path folder;

	@Test
	void writesAScoreForEveryPairOfAnOpenReviewFolder() throws IOException {
		Files.createDirectories(this.folder.resolve("archives"));
		Files.writeString(this.folder.resolve("archives/~Sepsis_Expert1.jsonl"),
				"{\"id\": \"p1\", \"content\": {\"title\": \"Sepsis prediction in the ICU\", \"abstract\": \"Deep learning on vital signs.\"}}\n"
						+ "\n"
						+ "{\"id\": \"p2\", \"content\": {\"title\": {\"value\": \"Septic shock mortality\"}, \"abstract\": null}}\n",
				StandardCharsets.UTF_8);
		Files.writeString(this.folder.resolve("archives/~Genome_Expert1.jsonl"),
				"{\"id\": \"g1\", \"content\": {\"title\": \"Whole genome sequencing\"}}\n", StandardCharsets.UTF_8);
		Files.writeString(this.folder.resolve("submissions.json"),
				"{\"s1\": {\"id\": \"s1\", \"content\": {\"title\": {\"value\": \"敗血症の早期予測\"}, \"abstract\": {\"value\": \"ICU patients with sepsis\"}}},"
						+ " \"s2\": {\"id\": \"s2\", \"content\": {\"title\": \"Genome sequencing, hereditary cancer\"}},"
						+ " \"s3\": {\"content\": {}}}",
				StandardCharsets.UTF_8);
		Path out = this.folder.resolve("out/affinity.csv");

		int rows = OpenReviewAffinity.write(this.folder, out, AffinityMethod.CHOSEN);

		List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
		assertThat(rows).isEqualTo(6);
		assertThat(lines).hasSize(6);
		assertThat(lines).extracting((line) -> line.substring(0, line.lastIndexOf(',')))
			.containsExactly("s1,~Genome_Expert1", "s1,~Sepsis_Expert1", "s2,~Genome_Expert1", "s2,~Sepsis_Expert1",
					"s3,~Genome_Expert1", "s3,~Sepsis_Expert1");
		assertThat(score(lines.get(1))).isGreaterThan(score(lines.get(0)));
		assertThat(score(lines.get(2))).isGreaterThan(score(lines.get(3)));
		assertThat(score(lines.get(4))).isZero();
	}

	private static double score(String line) {
		return Double.parseDouble(line.substring(line.lastIndexOf(',') + 1));
	}

}

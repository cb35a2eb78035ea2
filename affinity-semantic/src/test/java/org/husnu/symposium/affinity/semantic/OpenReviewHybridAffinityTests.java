package org.husnu.symposium.affinity.semantic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.husnu.symposium.core.affinity.AffinityMethod;
import org.husnu.symposium.core.affinity.OpenReviewAffinity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class OpenReviewHybridAffinityTests {

	@TempDir
	Path folder;

	@Test
	void writesTheHybridScoreOfEveryPairOfAnOpenReviewFolder() throws IOException {
		Files.createDirectories(this.folder.resolve("archives"));
		Files.writeString(this.folder.resolve("archives/~Cardio_Expert1.jsonl"),
				"{\"id\": \"c1\", \"content\": {\"title\": \"Myocardial infarction survival\", \"abstract\": \"Long-term mortality of patients treated for MI.\"}}\n",
				StandardCharsets.UTF_8);
		Files.writeString(this.folder.resolve("archives/~Genome_Expert1.jsonl"),
				"{\"id\": \"g1\", \"content\": {\"title\": \"Variant calling in tumour genomes\", \"abstract\": \"Somatic mutations from whole genome sequencing.\"}}\n",
				StandardCharsets.UTF_8);
		Files.writeString(this.folder.resolve("submissions.json"),
				"{\"s1\": {\"id\": \"s1\", \"content\": {\"title\": \"Heart attack outcomes after discharge\", \"abstract\": \"Readmission and death within a year of acute coronary events.\"}},"
						+ " \"s2\": {\"id\": \"s2\", \"content\": {\"title\": \"敗血症の早期予測\", \"abstract\": \"集中治療室の患者\"}}}",
				StandardCharsets.UTF_8);
		Path out = this.folder.resolve("out/affinity.csv");
		Path lexicalOut = this.folder.resolve("out/lexical.csv");

		int rows = OpenReviewHybridAffinity.write(this.folder, out);
		OpenReviewAffinity.write(this.folder, lexicalOut, AffinityMethod.CHOSEN);
		byte[] first = Files.readAllBytes(out);
		OpenReviewHybridAffinity.write(this.folder, out);

		List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
		List<String> lexical = Files.readAllLines(lexicalOut, StandardCharsets.UTF_8);
		assertThat(rows).isEqualTo(4);
		assertThat(lines).extracting((line) -> line.substring(0, line.lastIndexOf(',')))
			.containsExactly("s1,~Cardio_Expert1", "s1,~Genome_Expert1", "s2,~Cardio_Expert1", "s2,~Genome_Expert1");
		// hardly a word in common, yet the cardiologist comes clearly first: the
		// embedding's doing
		assertThat(Math.abs(score(lexical.get(0)) - score(lexical.get(1)))).isLessThan(0.05);
		assertThat(score(lines.get(0)) - score(lines.get(1))).isGreaterThan(0.1);
		// a Japanese submission is scored by the lexical affinity alone
		assertThat(lines.subList(2, 4)).isEqualTo(lexical.subList(2, 4));
		assertThat(Files.readAllBytes(out)).isEqualTo(first);
	}

	private static double score(String line) {
		return Double.parseDouble(line.substring(line.lastIndexOf(',') + 1));
	}

}

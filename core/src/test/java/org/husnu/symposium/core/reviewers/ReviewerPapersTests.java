package org.husnu.symposium.core.reviewers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.husnu.symposium.core.DomainRuleException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ReviewerPapersTests {

	private static final Instant AT = Instant.parse("2026-11-30T00:00:00Z");

	@Test
	void theSamePaperTwiceIsOnePaperAndALaterOneWithTheSameIdReplacesIt() {
		ReviewerPapers archive = ReviewerPapers.empty(UUID.randomUUID())
			.with(List.of(OwnPaper.of("Sepsis", "ICU", "manual", AT), OwnPaper.of("Sepsis", "ICU", "upload", AT)))
			.with(List.of(new OwnPaper("p1", "Old", "", "upload", AT), new OwnPaper("p1", "New", "", "upload", AT)));
		assertThat(archive.papers()).extracting(OwnPaper::title).containsExactly("Sepsis", "New");
		assertThat(archive.papers().get(0).id()).startsWith("sha256:");
		assertThat(archive.without("p1").papers()).hasSize(1);
		assertThatExceptionOfType(DomainRuleException.class).isThrownBy(() -> archive.without("nope"))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("archive.no-paper"));
	}

	@Test
	void anArchiveHoldsAtMostItsBound() {
		List<OwnPaper> papers = new ArrayList<>();
		for (int i = 0; i <= ReviewerPapers.MAX_PAPERS; i++) {
			papers.add(new OwnPaper("p" + i, "Paper " + i, "", "upload", AT));
		}
		assertThatExceptionOfType(DomainRuleException.class)
			.isThrownBy(() -> ReviewerPapers.empty(UUID.randomUUID()).with(papers))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("archive.too-many"));
	}

	@Test
	void aPaperNeedsATitleAndKeepsItsBounds() {
		assertThatExceptionOfType(DomainRuleException.class).isThrownBy(() -> OwnPaper.of(" ", "text", "manual", AT))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("archive.title"));
		assertThatExceptionOfType(DomainRuleException.class)
			.isThrownBy(() -> OwnPaper.of("t", "x".repeat(OwnPaper.MAX_TEXT + 1), "manual", AT))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("archive.text"));
	}

	@Test
	void jsonLinesAreReadInTheOpenReviewFormatWithValueObjects() {
		List<ArchiveLines.Line> lines = ArchiveLines
			.read("{\"id\":\"a\",\"content\":{\"title\":\"T1\",\"abstract\":null}}\n"
					+ "\r\n{\"email\":\"x@snu.ac.kr\",\"content\":{\"title\":{\"value\":\"T2\"},\"abstract\":{\"value\":\"B\"}}}",
					"upload", AT, false);
		assertThat(lines).extracting(ArchiveLines.Line::number).containsExactly(1, 3);
		assertThat(lines.get(0).paper().id()).isEqualTo("a");
		assertThat(lines.get(1).paper().title()).isEqualTo("T2");
		assertThat(lines.get(1).paper().text()).isEqualTo("B");
		assertThat(lines.get(1).reviewer()).isEqualTo("x@snu.ac.kr");
	}

	@Test
	void aBadLineRefusesTheWholeTextNamingTheLine() {
		assertThatExceptionOfType(DomainRuleException.class)
			.isThrownBy(() -> ArchiveLines.read("{\"content\":{\"title\":\"ok\"}}\n[1, 2", "upload", AT, false))
			.satisfies((ex) -> assertThat(ex.getMessage()).startsWith("Line 2"));
		assertThatExceptionOfType(DomainRuleException.class)
			.isThrownBy(() -> ArchiveLines.read("not json", "upload", AT, false))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("archive.upload.line"));
		assertThatExceptionOfType(DomainRuleException.class)
			.isThrownBy(() -> ArchiveLines.read("{\"content\":{\"title\":\"ok\"}}", "import", AT, true))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("archive.upload.reviewer"));
		assertThatExceptionOfType(DomainRuleException.class)
			.isThrownBy(() -> ArchiveLines.read("\n \n", "upload", AT, false))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("archive.upload.empty"));
	}

}

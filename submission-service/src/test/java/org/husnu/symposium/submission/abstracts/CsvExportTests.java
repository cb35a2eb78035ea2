package org.husnu.symposium.submission.abstracts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chairs' CSV export opens safely in spreadsheets.
 */
class CsvExportTests {

	@Test
	void cellsThatLookLikeFormulasAreShownNotRun() {
		assertThat(AbstractOverviewController.safeCell("=HYPERLINK(\"http://evil\",\"x\")"))
			.isEqualTo("'=HYPERLINK(\"http://evil\",\"x\")");
		assertThat(AbstractOverviewController.safeCell("+1+2")).isEqualTo("'+1+2");
		assertThat(AbstractOverviewController.safeCell("-2")).isEqualTo("'-2");
		assertThat(AbstractOverviewController.safeCell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(AbstractOverviewController.safeCell("\tx")).isEqualTo("'\tx");
		assertThat(AbstractOverviewController.safeCell("VitalDB 기반 = fine")).isEqualTo("VitalDB 기반 = fine");
		assertThat(AbstractOverviewController.safeCell("")).isEqualTo("");
		assertThat(AbstractOverviewController.safeCell(3)).isEqualTo(3);
	}

}

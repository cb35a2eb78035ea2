package org.husnu.symposium.platform.exports;

import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every export's CSV opens safely in spreadsheets.
 */
class SpreadsheetCsvTests {

	@Test
	void cellsThatLookLikeFormulasAreShownNotRun() {
		assertThat(SpreadsheetCsv.safeCell("=HYPERLINK(\"http://evil\",\"x\")"))
			.isEqualTo("'=HYPERLINK(\"http://evil\",\"x\")");
		assertThat(SpreadsheetCsv.safeCell("+1+2")).isEqualTo("'+1+2");
		assertThat(SpreadsheetCsv.safeCell("-2")).isEqualTo("'-2");
		assertThat(SpreadsheetCsv.safeCell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(SpreadsheetCsv.safeCell("\tx")).isEqualTo("'\tx");
		assertThat(SpreadsheetCsv.safeCell("\rx")).isEqualTo("'\rx");
		assertThat(SpreadsheetCsv.safeCell("VitalDB 기반 = fine")).isEqualTo("VitalDB 기반 = fine");
		assertThat(SpreadsheetCsv.safeCell("")).isEqualTo("");
		assertThat(SpreadsheetCsv.safeCell(3)).isEqualTo(3);
	}

	@Test
	void writesTheByteOrderMarkTheHeaderAndQuotedSafeRows() {
		StringWriter out = new StringWriter();
		try (SpreadsheetCsv csv = SpreadsheetCsv.open(out, List.of("title", "presenter", "pages"))) {
			csv.row(List.of("=cmd|' /C calc'!A0", "Kim, Minjun", 2));
			csv.row(List.of("마취 깊이", "+Presenter", -1));
		}
		assertThat(out.toString()).isEqualTo("\uFEFFtitle,presenter,pages\r\n"
				+ "'=cmd|' /C calc'!A0,\"Kim, Minjun\",2\r\n" + "마취 깊이,'+Presenter,-1\r\n");
	}

}

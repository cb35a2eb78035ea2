package org.husnu.symposium.review.publication;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.i18n.Language;
import org.husnu.symposium.core.i18n.LocalizedText;
import org.husnu.symposium.platform.problems.ProblemException;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The PDF engine without the service: line breaking in three scripts, fonts missing on
 * the machine, a character without a font, and a book whose long texts run on to more
 * pages with the contents pointing at the right ones.
 */
class PdfDocumentWriterTests {

	static final PdfProperties.Fonts DEBIAN = new PdfProperties.Fonts(
			"/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf", "/usr/share/fonts/truetype/nanum/NanumGothic.ttf",
			"/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf");

	static PdfFonts debianFonts() {
		return new PdfFonts(new PdfProperties(DEBIAN));
	}

	static PdfLabels labels(Language language) {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new PdfLabels(messages, language);
	}

	@Test
	void breaksLatinAndKoreanBetweenWordsAndJapaneseBetweenCharactersKeepingClosingPunctuation() {
		assertThat(PdfText.pieces("Deep learning, 2027.")).extracting(PdfText.Piece::text)
			.containsExactly("Deep", "learning,", "2027.");
		assertThat(PdfText.pieces("흉부 CT에서 폐결절")).extracting(PdfText.Piece::text).containsExactly("흉부", "CT에서", "폐결절");
		assertThat(PdfText.pieces("肺結節を検出した。次に")).extracting(PdfText.Piece::text)
			.containsExactly("肺", "結", "節", "を", "検", "出", "し", "た。", "次", "に");
		assertThat(PdfText.normalize("a\tb\u200Bc\r\nd")).isEqualTo("a bc\nd");
	}

	@Test
	void fontsMissingOnTheMachineAre503NamingThePackagesAndSettings() {
		PdfFonts missing = new PdfFonts(new PdfProperties(
				new PdfProperties.Fonts("/nowhere/ipag.ttf", "/nowhere/nanum.ttf", "/nowhere/b.ttf")));
		assertThat(missing.missingFiles()).hasSize(3);
		assertThatExceptionOfType(PdfFontsMissingException.class)
			.isThrownBy(() -> PdfDocumentWriter.open(missing, "x").close())
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode().value()).isEqualTo(503);
				assertThat(ex.getBody().getProperties()).containsEntry("code", "pdf.fontsMissing");
				assertThat(ex.getMessage()).contains("fonts-ipafont-gothic", "fonts-nanum",
						"symposium.pdf.fonts.japanese");
			});
		// the permit was given back: the next build does not wait
		assertThatExceptionOfType(PdfFontsMissingException.class)
			.isThrownBy(() -> PdfDocumentWriter.open(missing, "x").close());
	}

	@Test
	void aCharacterWithoutAFontIsFoundBeforeAnythingIsDrawn() {
		PdfFonts fonts = debianFonts();
		Fonts.assumeInstalled(fonts);
		assertThat(fonts.firstMissing("Lung 肺 폐 é ü – “quoted”")).isEqualTo(-1);
		assertThat(fonts.firstMissing("smile 😀")).isEqualTo(0x1F600);
		PublicationFixtures fixtures = PublicationFixtures.publishedWithJapaneseTitle(1, "Nodules 😀");
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> new ProgramPdf(fixtures.publication, Map.of(), "Event", labels(Language.EN)).write(fonts))
			.satisfies((ex) -> assertThat(ex.getBody().getProperties()).containsEntry("code", "book.missingGlyph")
				.containsEntry("character", "U+1F600"));
	}

	@Test
	void aLongTextRunsOnAndTheContentsPointAtEachTalksFirstPage() throws Exception {
		PdfFonts fonts = debianFonts();
		Fonts.assumeInstalled(fonts);
		PublicationFixtures fixtures = PublicationFixtures.published(1);
		AbstractSubmission first = fixtures.abstracts.get(0);
		List<AbstractSubmission> abstracts = fixtures.abstracts.stream()
			.map((submission) -> (submission == first) ? org.husnu.symposium.test.fixtures.AbstractFixtures.from(first)
				.withText("A long text. ".repeat(900))
				.build() : submission)
			.toList();
		byte[] book = new BookOfAbstracts(fixtures.publication,
				Map.of("DIAGNOSTIC_IMAGING", LocalizedText.of("Diagnostic imaging", "画像診断", "영상 진단")),
				abstracts.stream().collect(Collectors.toMap(AbstractSubmission::id, Function.identity())), "Event",
				labels(Language.EN))
			.write(fonts);
		try (PDDocument document = Loader.loadPDF(book)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(2);
			stripper.setEndPage(2);
			String contents = stripper.getText(document);
			// cover 1, contents 2, P-101 on 3 and on, so P-102 starts later than 4
			assertThat(contents).containsPattern("P-101 .*3").doesNotContainPattern("P-102 .* 4\\s");
			int p102 = Integer.parseInt(contents.replaceAll("(?s).*P-102[^\\n]*?(\\d+)\\s*\\n.*", "$1"));
			assertThat(p102).isGreaterThan(4);
			stripper.setStartPage(p102);
			stripper.setEndPage(p102);
			assertThat(stripper.getText(document)).contains("P-102", PublicationFixtures.JA_TITLE);
		}
	}

}

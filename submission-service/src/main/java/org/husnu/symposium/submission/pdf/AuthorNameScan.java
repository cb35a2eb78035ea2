package org.husnu.symposium.submission.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/**
 * The blind-mode check of {@link PdfInspector}: where in a file the authors are named.
 * Runs on the parse's worker thread, inside its {@link ParseBudget}.
 */
final class AuthorNameScan {

	private static final int MAX_METADATA_BYTES = 1024 * 1024;

	private AuthorNameScan() {
	}

	/**
	 * Blind mode: author names and e-mail addresses in the text, in every entry of the
	 * Info dictionary (custom keys included), in the XMP packet and in the annotations of
	 * the checked pages (their author, text and subject). Compared case-insensitively
	 * with runs of white space made equal, names also in family-name-first order
	 * ({@link AuthorNames#variants}); names written in CJK scripts are also compared with
	 * all white space removed, since 山田 太郎 is often set as 山田太郎.
	 */
	static List<PdfFinding> find(PDDocument document, String text, PdfCheckOptions options, int pages,
			ParseBudget budget) {
		Map<String, String> sources = new LinkedHashMap<>();
		sources.put("text", text);
		COSDictionary info = document.getDocumentInformation().getCOSObject();
		for (COSName key : info.keySet()) {
			budget.check();
			String value = metadataText(info.getDictionaryObject(key));
			if (value != null) {
				sources.merge(key.getName(), value, (a, b) -> a + " " + b);
			}
		}
		sources.put("XMP", xmp(document));
		sources.put("annotations", annotationTexts(document, pages, budget));
		Map<String, String> normalised = new LinkedHashMap<>();
		sources.forEach((source, value) -> {
			if (value != null) {
				normalised.put(source, AuthorNames.normalise(value));
			}
		});
		List<PdfFinding> findings = new ArrayList<>();
		for (String name : options.authorNames()) {
			List<String> forms = AuthorNames.variants(AuthorNames.normalise(name));
			if (forms.get(0).isBlank()) {
				continue;
			}
			List<String> where = where(normalised, forms);
			if (!where.isEmpty()) {
				findings.add(PdfFinding.of(PdfCheckCode.AUTHOR_NAME, name.strip(), String.join(",", where)));
			}
		}
		for (String email : options.authorEmails()) {
			String wanted = AuthorNames.normalise(email);
			if (wanted.isBlank()) {
				continue;
			}
			List<String> where = where(normalised, List.of(wanted));
			if (!where.isEmpty()) {
				findings.add(PdfFinding.of(PdfCheckCode.AUTHOR_NAME, email.strip(), String.join(",", where)));
			}
		}
		return findings;
	}

	private static List<String> where(Map<String, String> sources, List<String> forms) {
		List<String> where = new ArrayList<>();
		sources.forEach((source, value) -> {
			if (forms.stream().anyMatch((form) -> AuthorNames.contains(value, form))) {
				where.add(source);
			}
		});
		return where;
	}

	/** The text of an Info entry: strings, names and the strings inside arrays. */
	private static String metadataText(COSBase value) {
		if (value instanceof COSString string) {
			return string.getString();
		}
		if (value instanceof COSName name) {
			return name.getName();
		}
		if (value instanceof COSArray array) {
			StringBuilder joined = new StringBuilder();
			for (int i = 0; i < Math.min(array.size(), 1000); i++) {
				if (array.getObject(i) instanceof COSString string) {
					joined.append(string.getString()).append(' ');
				}
			}
			return joined.toString();
		}
		return null;
	}

	/**
	 * The author ({@code /T}), text ({@code /Contents}) and subject ({@code /Subj}) of
	 * every annotation on the checked pages: a comment left in the file carries its
	 * author's name.
	 */
	private static String annotationTexts(PDDocument document, int pages, ParseBudget budget) {
		StringBuilder texts = new StringBuilder();
		for (int i = 0; i < pages; i++) {
			budget.check();
			COSArray annotations = document.getPage(i).getCOSObject().getCOSArray(COSName.ANNOTS);
			if (annotations == null) {
				continue;
			}
			for (int a = 0; a < Math.min(annotations.size(), 10_000); a++) {
				if (annotations.getObject(a) instanceof COSDictionary annotation) {
					for (COSName key : List.of(COSName.T, COSName.CONTENTS, COSName.SUBJ, COSName.RC)) {
						String value = annotation.getString(key);
						if (value != null) {
							texts.append(value).append('\n');
						}
					}
				}
			}
		}
		return texts.toString();
	}

	private static String xmp(PDDocument document) {
		PDMetadata metadata = document.getDocumentCatalog().getMetadata();
		if (metadata == null) {
			return null;
		}
		try (InputStream input = metadata.exportXMPMetadata()) {
			return new String(input.readNBytes(MAX_METADATA_BYTES), StandardCharsets.UTF_8);
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

}

package org.husnu.symposium.submission.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Finds what a PDF could do when opened, on the COS level so that no hostile dictionary
 * is ever turned into a PDModel object that might run or fetch something: JavaScript
 * (open action, document, page, annotation and form-field additional actions, the
 * JavaScript name tree, {@code javascript:} links, chained {@code /Next} actions,
 * bookmarks), launch actions, submit-form actions, embedded files (name tree and
 * file-attachment annotations) and XFA forms.
 * <p>
 * The walk is bounded: each action chain, field tree and outline is followed to a fixed
 * number of nodes and every dictionary is visited once, so a cyclic or enormous structure
 * cannot stall it.
 */
final class ActiveContentScan {

	/** Nodes one scan follows at most (actions, fields, outline items). */
	static final int MAX_NODES = 20_000;

	/** Places named per code in a finding. */
	static final int MAX_PLACES = 3;

	private final ParseBudget budget;

	private final Map<PdfCheckCode, Set<String>> places = new EnumMap<>(PdfCheckCode.class);

	private final Set<COSBase> visited = Collections.newSetFromMap(new IdentityHashMap<>());

	private int nodes;

	ActiveContentScan(ParseBudget budget) {
		this.budget = budget;
	}

	/**
	 * Scans the document level and the first pages.
	 * @param document the document
	 * @param pages how many pages to scan from the start
	 * @return one finding per code found, naming up to three places
	 */
	List<PdfFinding> scan(PDDocument document, int pages) {
		COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
		action(catalog.getDictionaryObject(COSName.getPDFName("OpenAction")), "/OpenAction");
		additionalActions(catalog, "/Catalog /AA");
		COSDictionary names = dictionary(catalog.getDictionaryObject(COSName.NAMES));
		if (names != null) {
			if (nameTreeHasEntries(names.getDictionaryObject(COSName.JAVA_SCRIPT))) {
				found(PdfCheckCode.JAVASCRIPT, "/Names /JavaScript");
			}
			if (nameTreeHasEntries(names.getDictionaryObject(COSName.EMBEDDED_FILES))) {
				found(PdfCheckCode.EMBEDDED_FILE, "/Names /EmbeddedFiles");
			}
		}
		COSDictionary acroForm = dictionary(catalog.getDictionaryObject(COSName.ACRO_FORM));
		if (acroForm != null) {
			if (acroForm.containsKey(COSName.getPDFName("XFA"))) {
				found(PdfCheckCode.XFA, "/AcroForm /XFA");
			}
			fields(acroForm.getDictionaryObject(COSName.FIELDS));
		}
		outline(dictionary(catalog.getDictionaryObject(COSName.OUTLINES)));
		for (int i = 0; i < pages; i++) {
			this.budget.check();
			COSDictionary page = document.getPage(i).getCOSObject();
			String where = "/Page " + (i + 1);
			additionalActions(page, where + " /AA");
			COSArray annotations = array(page.getDictionaryObject(COSName.ANNOTS));
			if (annotations != null) {
				for (int a = 0; a < annotations.size() && count(); a++) {
					annotation(dictionary(annotations.getObject(a)), where);
				}
			}
		}
		List<PdfFinding> findings = new ArrayList<>();
		this.places.forEach((code, at) -> findings
			.add(PdfFinding.of(code, String.join(", ", at.stream().limit(MAX_PLACES).toList()))));
		return findings;
	}

	private void annotation(COSDictionary annotation, String page) {
		if (annotation == null) {
			return;
		}
		COSName subtype = annotation.getCOSName(COSName.SUBTYPE);
		String where = page + " /Annots" + ((subtype != null) ? " /" + subtype.getName() : "");
		if (COSName.getPDFName("FileAttachment").equals(subtype)) {
			found(PdfCheckCode.EMBEDDED_FILE, where);
		}
		action(annotation.getDictionaryObject(COSName.A), where);
		additionalActions(annotation, where + " /AA");
	}

	private void fields(COSBase fields) {
		COSArray array = array(fields);
		if (array == null) {
			return;
		}
		for (int i = 0; i < array.size() && count(); i++) {
			COSDictionary field = dictionary(array.getObject(i));
			if (field == null || !this.visited.add(field)) {
				continue;
			}
			String where = "/AcroForm field " + fieldName(field);
			action(field.getDictionaryObject(COSName.A), where);
			additionalActions(field, where + " /AA");
			fields(field.getDictionaryObject(COSName.KIDS));
		}
	}

	private void outline(COSDictionary outlines) {
		if (outlines == null) {
			return;
		}
		List<COSDictionary> pending = new ArrayList<>();
		COSDictionary first = dictionary(outlines.getDictionaryObject(COSName.FIRST));
		if (first != null) {
			pending.add(first);
		}
		while (!pending.isEmpty() && count()) {
			COSDictionary item = pending.remove(pending.size() - 1);
			if (!this.visited.add(item)) {
				continue;
			}
			action(item.getDictionaryObject(COSName.A), "/Outlines");
			for (COSName key : List.of(COSName.NEXT, COSName.FIRST)) {
				COSDictionary next = dictionary(item.getDictionaryObject(key));
				if (next != null) {
					pending.add(next);
				}
			}
		}
	}

	private void additionalActions(COSDictionary owner, String where) {
		COSDictionary actions = dictionary(owner.getDictionaryObject(COSName.AA));
		if (actions == null) {
			return;
		}
		for (COSName trigger : actions.keySet()) {
			if (!count()) {
				return;
			}
			action(actions.getDictionaryObject(trigger), where + " /" + trigger.getName());
		}
	}

	/** An action and the actions chained to it with {@code /Next}. */
	private void action(COSBase value, String where) {
		List<COSBase> pending = new ArrayList<>();
		pending.add(value);
		while (!pending.isEmpty() && count()) {
			COSBase next = resolve(pending.remove(pending.size() - 1));
			if (next instanceof COSArray array) {
				for (int i = 0; i < array.size(); i++) {
					pending.add(array.getObject(i));
				}
				continue;
			}
			COSDictionary action = dictionary(next);
			if (action == null || !this.visited.add(action)) {
				continue;
			}
			String type = name(action.getDictionaryObject(COSName.S));
			switch (type) {
				case "JavaScript" -> found(PdfCheckCode.JAVASCRIPT, where);
				case "Launch" -> found(PdfCheckCode.LAUNCH_ACTION, where);
				case "SubmitForm" -> found(PdfCheckCode.SUBMIT_FORM, where);
				case "ImportData" -> found(PdfCheckCode.SUBMIT_FORM, where);
				case "Rendition" -> {
					if (action.containsKey(COSName.JS)) {
						found(PdfCheckCode.JAVASCRIPT, where);
					}
				}
				case "URI" -> {
					if (action.getDictionaryObject(COSName.URI) instanceof COSString uri
							&& uri.getString().strip().toLowerCase(Locale.ROOT).startsWith("javascript:")) {
						found(PdfCheckCode.JAVASCRIPT, where);
					}
				}
				default -> {
					if (action.containsKey(COSName.JS)) {
						found(PdfCheckCode.JAVASCRIPT, where);
					}
				}
			}
			pending.add(action.getDictionaryObject(COSName.NEXT));
		}
	}

	private boolean nameTreeHasEntries(COSBase tree) {
		COSDictionary node = dictionary(tree);
		if (node == null) {
			return false;
		}
		COSArray names = array(node.getDictionaryObject(COSName.NAMES));
		COSArray kids = array(node.getDictionaryObject(COSName.KIDS));
		return (names != null && names.size() > 0) || (kids != null && kids.size() > 0);
	}

	private void found(PdfCheckCode code, String where) {
		this.places.computeIfAbsent(code, (key) -> new LinkedHashSet<>()).add(where);
	}

	private boolean count() {
		this.budget.check();
		return ++this.nodes <= MAX_NODES;
	}

	private static String fieldName(COSDictionary field) {
		String name = field.getString(COSName.T);
		return (name != null) ? "'" + name.substring(0, Math.min(40, name.length())) + "'" : "(unnamed)";
	}

	private static String name(COSBase value) {
		return (resolve(value) instanceof COSName name) ? name.getName() : "";
	}

	private static COSBase resolve(COSBase value) {
		return (value instanceof COSObject object) ? object.getObject() : value;
	}

	private static COSDictionary dictionary(COSBase value) {
		return (resolve(value) instanceof COSDictionary dictionary) ? dictionary : null;
	}

	private static COSArray array(COSBase value) {
		return (resolve(value) instanceof COSArray array) ? array : null;
	}

}

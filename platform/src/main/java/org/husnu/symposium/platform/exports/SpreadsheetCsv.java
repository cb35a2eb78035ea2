package org.husnu.symposium.platform.exports;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The one CSV writer of every export (the chairs' {@code export.csv}, the
 * {@code index.csv} of the PDF ZIP, and whatever the review side exports), so none can
 * forget what makes a CSV safe to open in a spreadsheet:
 * <ul>
 * <li>a byte order mark first, so spreadsheet programs read Japanese and Korean as
 * UTF-8;</li>
 * <li>RFC 4180 quoting;</li>
 * <li>every text cell that starts like a formula ({@code = + - @}, tab, carriage return)
 * gets a leading apostrophe, so a title such as {@code =HYPERLINK(…)} or a presenter
 * named {@code +cmd|…} is shown, never run (CSV or formula injection). Numbers, dates and
 * other non-text cells are written as they are.</li>
 * </ul>
 * Write to a {@link Writer} that encodes UTF-8.
 */
public final class SpreadsheetCsv implements Closeable {

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private final CSVPrinter printer;

	private SpreadsheetCsv(CSVPrinter printer) {
		this.printer = printer;
	}

	/**
	 * Starts a CSV: the byte order mark and the header row.
	 * @param out where to write (UTF-8)
	 * @param columns the column names
	 * @return the writer for the rows
	 */
	public static SpreadsheetCsv open(Writer out, List<String> columns) {
		try {
			out.write('\uFEFF');
			CSVPrinter printer = CSVFormat.RFC4180.builder()
				.setHeader(columns.stream().map(SpreadsheetCsv::safeCell).map(String::valueOf).toArray(String[]::new))
				.get()
				.print(out);
			return new SpreadsheetCsv(printer);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Writes one row, every cell made safe.
	 * @param cells the cells, in column order
	 */
	public void row(List<?> cells) {
		try {
			this.printer.printRecord(cells.stream().map(SpreadsheetCsv::safeCell).toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Flushes the rows to the writer without closing it (a ZIP entry stays open for the
	 * caller to close).
	 */
	public void flush() {
		try {
			this.printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Flushes and closes the writer underneath. */
	@Override
	public void close() {
		try {
			this.printer.close(true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A cell as spreadsheets may safely open it: text that starts like a formula gets a
	 * leading apostrophe; anything else is returned unchanged.
	 * @param value the cell
	 * @return the cell to write
	 */
	public static Object safeCell(Object value) {
		if (value instanceof CharSequence text && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return value;
	}

	/**
	 * A written CSV as the download every export answers: {@code text/csv; charset=UTF-8}
	 * as an attachment with the given file name.
	 * @param csv the CSV text
	 * @param fileName the file name, e.g. {@code scores.csv}
	 * @return the response
	 */
	public static ResponseEntity<String> download(String csv, String fileName) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName))
			.body(csv);
	}

	/**
	 * The {@code Content-Disposition} of an export: an attachment with the file name.
	 * @param fileName the file name
	 * @return the header value
	 */
	public static String attachment(String fileName) {
		return ContentDisposition.attachment().filename(fileName).build().toString();
	}

}

package org.husnu.symposium.submission.people;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.accounts.Position;
import org.husnu.symposium.core.accounts.PreRegistration;
import org.husnu.symposium.core.institutions.EmailAddresses;
import org.husnu.symposium.platform.problems.BodyTooLargeException;
import org.husnu.symposium.platform.web.BoundedInputStream;

/**
 * Reads a pre-registration CSV (header {@code email,name,institution,position}, any
 * column order, UTF-8 with or without BOM) and checks every row before anything is
 * written, so a list is imported whole or not at all, with every bad row reported by
 * line.
 */
final class PreRegistrationCsv {

	/** Most rows one import takes. */
	static final int MAX_ROWS = 10_000;

	/** Largest list file accepted. */
	static final long MAX_BYTES = 2 * 1024 * 1024;

	/** Room for the multipart boundaries and part headers around a list file. */
	static final long MULTIPART_OVERHEAD = 16 * 1024;

	private static final String TOO_LARGE = "A list file has at most 2 MB; split it into several files";

	private static final List<String> COLUMNS = List.of("email", "name", "institution", "position");

	private PreRegistrationCsv() {
	}

	/**
	 * Checks a declared size before anything is read.
	 * @param bytes the declared size, negative when unknown
	 * @throws DomainRuleException {@code csv.too-large} when over {@link #MAX_BYTES}
	 */
	static void checkSize(long bytes) {
		if (bytes > MAX_BYTES) {
			throw new DomainRuleException("csv.too-large", TOO_LARGE);
		}
	}

	/**
	 * A list as UTF-8 text, bounded while it streams: reading past {@link #MAX_BYTES}
	 * fails, so a body of unknown length is never read whole.
	 * @param in the bytes
	 * @return the reader to {@link #parse parse}
	 */
	static Reader reader(InputStream in) {
		return new InputStreamReader(new BoundedInputStream(in, MAX_BYTES, TOO_LARGE), StandardCharsets.UTF_8);
	}

	/**
	 * Parses and checks a list.
	 * @param csv the CSV text
	 * @param institutions known institution codes
	 * @param now the import time
	 * @return the entries, or the errors of every bad row
	 */
	static Result parse(Reader csv, Set<String> institutions, Instant now) {
		List<PreRegistration> entries = new ArrayList<>();
		List<RowError> errors = new ArrayList<>();
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.setIgnoreHeaderCase(true)
			.setAllowMissingColumnNames(true)
			// two "email" columns would be ambiguous
			.setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
			.get();
		try (CSVParser parser = CSVParser.builder().setReader(stripBom(csv)).setFormat(format).get()) {
			Map<String, Integer> header = new HashMap<>();
			parser.getHeaderMap()
				.forEach((name, index) -> header.put(name.strip().toLowerCase(Locale.ROOT).replace("\uFEFF", ""),
						index));
			List<String> missing = COLUMNS.stream().filter((column) -> !header.containsKey(column)).toList();
			if (!missing.isEmpty()) {
				errors.add(new RowError(1, "csv.header", "The header row needs the columns email, name, institution, "
						+ "position; missing: " + String.join(", ", missing)));
				return new Result(List.of(), errors);
			}
			Map<String, Long> seen = new HashMap<>();
			for (CSVRecord record : parser) {
				long line = parser.getCurrentLineNumber();
				if (entries.size() + errors.size() >= MAX_ROWS) {
					errors.add(new RowError(line, "csv.too-many-rows",
							"A list has at most " + MAX_ROWS + " rows; split it into several files"));
					break;
				}
				String email = value(record, header, "email");
				String name = value(record, header, "name");
				String institution = value(record, header, "institution").toUpperCase(Locale.ROOT);
				String position = value(record, header, "position").toUpperCase(Locale.ROOT);
				List<String> problems = new ArrayList<>();
				if (!EmailAddresses.isValid(email)) {
					problems.add("'" + email + "' is not a valid e-mail address");
				}
				else if (seen.containsKey(EmailAddresses.normalize(email))) {
					problems.add(email + " is already on line " + seen.get(EmailAddresses.normalize(email)));
				}
				if (name.isEmpty()) {
					problems.add("the name is empty");
				}
				if (!institutions.contains(institution)) {
					problems.add("unknown institution '" + institution + "'; use one of "
							+ String.join(", ", institutions.stream().sorted().toList()));
				}
				Position parsedPosition = parsePosition(position);
				if (parsedPosition == null) {
					problems.add("unknown position '" + position + "'; use FACULTY, STUDENT or STAFF");
				}
				if (!problems.isEmpty()) {
					errors.add(new RowError(line, "csv.row", String.join("; ", problems)));
					continue;
				}
				seen.put(EmailAddresses.normalize(email), line);
				entries.add(new PreRegistration(email, name, institution, parsedPosition, now, null));
			}
		}
		catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException ex) {
			if (BodyTooLargeException.in(ex) != null) {
				throw new DomainRuleException("csv.too-large", TOO_LARGE);
			}
			// commons-csv's answer to unbalanced quotes or duplicate header names
			errors.add(new RowError(0, "csv.malformed",
					"The file is not readable CSV (" + ex.getMessage() + "); save it as CSV in UTF-8 and try again"));
		}
		return new Result(errors.isEmpty() ? entries : List.of(), errors);
	}

	private static Reader stripBom(Reader reader) {
		return new PushbackReader(reader, 1) {

			private boolean first = true;

			@Override
			public int read(char[] buffer, int offset, int length) throws IOException {
				if (this.first) {
					this.first = false;
					int c = super.read();
					if (c == -1) {
						return -1;
					}
					if (c != '\uFEFF') {
						unread(c);
					}
				}
				return super.read(buffer, offset, length);
			}

		};
	}

	private static String value(CSVRecord record, Map<String, Integer> header, String column) {
		int index = header.get(column);
		return (index < record.size()) ? record.get(index).strip() : "";
	}

	private static Position parsePosition(String value) {
		for (Position position : Position.values()) {
			if (position.name().equals(value)) {
				return position;
			}
		}
		return null;
	}

	/**
	 * The outcome of reading a list: entries when every row is good, errors otherwise.
	 *
	 * @param entries entries to import, empty when there are errors
	 * @param errors bad rows
	 */
	record Result(List<PreRegistration> entries, List<RowError> errors) {
	}

	/**
	 * A bad row.
	 *
	 * @param line line number in the file (1 is the header)
	 * @param code stable code
	 * @param message what to fix
	 */
	record RowError(long line, String code, String message) implements Serializable {
	}

}

package org.husnu.symposium.core.conflicts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads affiliations as people type them, so that the same department compares equal
 * however it is written: "Dept. of Anesthesiology, SNUH" and "Department of
 * Anesthesiology, Seoul National University Hospital" and "서울대학교병원, Anesthesiology". Pure
 * and table-driven: the institutions and their acronyms, Japanese and Korean names are in
 * {@code institution-names.txt} next to this class; the abbreviations below.
 *
 * <p>
 * Steps: NFKC (full-width letters and digits, compatibility forms), lower case, Japanese
 * and Korean institution names replaced by their canonical English name as a part of
 * their own, "&amp;" read as "and", the text cut into parts at commas (also 、，;/ and
 * brackets), each part cut into words at anything that is not a letter or digit, acronyms
 * (SNUH, HU …) and abbreviations (Dept., Univ., Grad. Sch., Lab. …) expanded, institution
 * names taken out of each part, and what is left of the part becomes a unit: its words
 * without "of", "the", "and" …, without the word "department" (so "Anesthesiology" and
 * "Department of Anesthesiology" are one unit), sorted (so "Anesthesiology Department" is
 * the same). Parts that only name a place (Sapporo, Japan, Seoul, Korea) or a postal code
 * are dropped. It is over our usual size because every step reads the same word list and
 * the same table; split, the order of the steps (which matters: acronyms before
 * institution names, names before units) would no longer be visible in one place.
 */
public final class Affiliations {

	private static final String TABLE = "institution-names.txt";

	private static final Pattern PARTS = Pattern.compile("[,;/、，()（）\\[\\]|]+");

	private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final Set<String> STOPWORDS = Set.of("of", "the", "and", "for", "at", "in", "on", "de");

	/**
	 * Words dropped from a unit: "Anesthesiology" is the Department of Anesthesiology.
	 */
	private static final Set<String> KIND_WORDS = Set.of("department");

	private static final Set<String> PLACES = Set.of("japan", "korea", "republic", "south", "sapporo", "seoul",
			"seongnam", "gyeonggi", "gyeonggido", "hokkaido", "kita", "ku", "city", "日本", "札幌", "札幌市", "韓国", "한국",
			"대한민국", "서울", "서울시", "성남", "성남시");

	/** Words that make a part the name of an institution the table does not know. */
	private static final Set<String> INSTITUTION_WORDS = Set.of("university", "hospital", "universiteit",
			"universität");

	/** The same inside Japanese and Korean words, which are not cut at spaces. */
	private static final Set<String> LOCAL_INSTITUTION_WORDS = Set.of("大学", "病院", "대학교", "병원", "의료원");

	private static final Map<String, String> ABBREVIATIONS = abbreviations();

	/**
	 * Words after which "Med." is "Medical" ("Med. Ctr."); elsewhere it is "Medicine".
	 */
	private static final Set<String> MEDICAL_NOUNS = Set.of("center", "school", "college", "hospital", "research",
			"science", "university", "faculty", "institute", "division", "department", "laboratory", "informatics",
			"engineering", "imaging", "physics", "records", "record", "devices", "device", "education", "data", "ai",
			"corporation");

	private static final Table INSTITUTIONS = Table.load();

	private Affiliations() {
	}

	/**
	 * Whether two affiliations name the same department or lab (see
	 * {@link Affiliation#sameDepartmentAs}).
	 * @param first an affiliation as typed, may be {@code null}
	 * @param second another, may be {@code null}
	 * @return {@code true} when both name the same unit
	 */
	public static boolean sameDepartment(String first, String second) {
		return parse(first).sameDepartmentAs(parse(second));
	}

	/**
	 * Reads an affiliation.
	 * @param text the affiliation as typed, may be {@code null}
	 * @return its institutions and units, both empty for a blank text
	 */
	public static Affiliation parse(String text) {
		if (text == null || text.isBlank()) {
			return new Affiliation(Set.of(), Set.of());
		}
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC)
			.toLowerCase(Locale.ROOT)
			.replaceAll("[’‘`´]", "'")
			.replace("dep't", "dept")
			.replace("nat'l", "natl");
		folded = INSTITUTIONS.replaceLocalNames(folded).replace("&", " and ");
		Set<String> institutions = new TreeSet<>();
		Set<String> units = new TreeSet<>();
		for (String part : PARTS.split(folded)) {
			List<String> words = expand(Arrays.stream(WORDS.split(part)).filter((word) -> !word.isEmpty()).toList());
			List<String> rest = INSTITUTIONS.takeNames(words, institutions);
			if (rest.stream().anyMatch(Affiliations::namesAnInstitution)) {
				// an institution the table does not know (Kyoto University, 東北大学): it
				// is compared by its words, and it is never a department
				unit(rest).ifPresent(institutions::add);
			}
			else {
				unit(rest).ifPresent(units::add);
			}
		}
		return new Affiliation(institutions, units);
	}

	private static List<String> expand(List<String> typed) {
		List<String> words = joinDottedLetters(typed);
		List<String> acronymsExpanded = new ArrayList<>();
		for (String word : words) {
			List<String> name = INSTITUTIONS.acronyms.get(word);
			if (name != null) {
				acronymsExpanded.addAll(name);
			}
			else {
				acronymsExpanded.add(ABBREVIATIONS.getOrDefault(word, word));
			}
		}
		List<String> expanded = new ArrayList<>();
		for (int i = 0; i < acronymsExpanded.size(); i++) {
			String word = acronymsExpanded.get(i);
			if (word.equals("med")) {
				boolean noun = i + 1 < acronymsExpanded.size() && MEDICAL_NOUNS.contains(acronymsExpanded.get(i + 1));
				word = (noun) ? "medical" : "medicine";
			}
			expanded.add(word);
		}
		return expanded;
	}

	private static boolean namesAnInstitution(String word) {
		if (INSTITUTION_WORDS.contains(word)) {
			return true;
		}
		String withoutGraduateSchool = word.replace("大学院", "");
		return LOCAL_INSTITUTION_WORDS.stream().anyMatch(withoutGraduateSchool::contains);
	}

	/** "S.N.U.H." comes as the words s, n, u, h: read it as snuh. */
	private static List<String> joinDottedLetters(List<String> words) {
		List<String> joined = new ArrayList<>();
		StringBuilder letters = new StringBuilder();
		for (String word : words) {
			if (word.length() == 1 && word.charAt(0) < 128 && Character.isLetter(word.charAt(0))) {
				letters.append(word);
				continue;
			}
			flush(letters, joined);
			joined.add(word);
		}
		flush(letters, joined);
		return joined;
	}

	private static void flush(StringBuilder letters, List<String> joined) {
		if (!letters.isEmpty()) {
			joined.add(letters.toString());
			letters.setLength(0);
		}
	}

	private static Optional<String> unit(List<String> words) {
		Set<String> kept = new TreeSet<>();
		for (String word : words) {
			if (!STOPWORDS.contains(word)) {
				kept.add(word);
			}
		}
		if (kept.stream().allMatch((word) -> PLACES.contains(word) || word.chars().allMatch(Character::isDigit))) {
			return Optional.empty();
		}
		Set<String> withoutKind = new TreeSet<>(kept);
		withoutKind.removeAll(KIND_WORDS);
		return Optional.of(String.join(" ", (withoutKind.isEmpty()) ? kept : withoutKind));
	}

	private static Map<String, String> abbreviations() {
		Map<String, String> map = new HashMap<>();
		put(map, "department", "dept", "dep", "depts", "depart", "dpt");
		put(map, "university", "univ", "uni", "univers");
		put(map, "hospital", "hosp");
		put(map, "graduate", "grad");
		put(map, "school", "sch", "schl");
		put(map, "laboratory", "lab", "labo", "labs", "laboratories");
		put(map, "institute", "inst", "institut");
		put(map, "division", "div");
		put(map, "center", "ctr", "cntr", "centre");
		put(map, "faculty", "fac");
		put(map, "college", "coll");
		put(map, "national", "natl", "nat");
		put(map, "science", "sci", "sciences");
		put(map, "research", "res");
		put(map, "clinical", "clin");
		put(map, "anesthesiology", "anaesthesiology", "anesth", "anaesth");
		put(map, "anesthesia", "anaesthesia");
		return Map.copyOf(map);
	}

	private static void put(Map<String, String> map, String full, String... abbreviations) {
		for (String abbreviation : abbreviations) {
			map.put(abbreviation, full);
		}
	}

	/**
	 * The institution table: canonical names as word lists (longest first), acronyms, and
	 * the Japanese and Korean names (longest first).
	 */
	private record Table(List<List<String>> names, Map<String, List<String>> acronyms,
			List<Map.Entry<String, String>> localNames) {

		static Table load() {
			List<List<String>> names = new ArrayList<>();
			Map<String, List<String>> acronyms = new HashMap<>();
			List<Map.Entry<String, String>> localNames = new ArrayList<>();
			try (InputStream in = Affiliations.class.getResourceAsStream(TABLE)) {
				if (in == null) {
					throw new IllegalStateException(TABLE + " is missing next to " + Affiliations.class.getName());
				}
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
				for (String line = reader.readLine(); line != null; line = reader.readLine()) {
					line = line.strip();
					if (line.isEmpty() || line.startsWith("#")) {
						continue;
					}
					int equals = line.indexOf('=');
					String canonical = line.substring(0, equals).strip().toLowerCase(Locale.ROOT);
					List<String> words = List.of(canonical.split(" +"));
					names.add(words);
					for (String alias : line.substring(equals + 1).split("\\|")) {
						String name = Normalizer.normalize(alias.strip(), Normalizer.Form.NFKC)
							.toLowerCase(Locale.ROOT);
						if (name.chars().allMatch((c) -> c < 128 && Character.isLetterOrDigit(c))) {
							acronyms.put(name, words);
						}
						else {
							localNames.add(Map.entry(name, canonical));
						}
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			names.sort(Comparator.comparingInt((List<String> words) -> words.size()).reversed());
			localNames
				.sort(Comparator.comparingInt((Map.Entry<String, String> entry) -> entry.getKey().length()).reversed());
			return new Table(List.copyOf(names), Map.copyOf(acronyms), List.copyOf(localNames));
		}

		/**
		 * Replaces each Japanese or Korean institution name that starts a word by its
		 * canonical name, cut off as a part of its own.
		 */
		String replaceLocalNames(String text) {
			String result = text;
			for (Map.Entry<String, String> entry : this.localNames) {
				StringBuilder out = new StringBuilder();
				int from = 0;
				int at = result.indexOf(entry.getKey());
				while (at >= 0) {
					boolean wordStart = at == 0 || !Character.isLetterOrDigit(result.codePointBefore(at));
					if (wordStart) {
						out.append(result, from, at).append(',').append(entry.getValue()).append(',');
						from = at + entry.getKey().length();
					}
					at = result.indexOf(entry.getKey(), (wordStart) ? from : at + 1);
				}
				out.append(result.substring(from));
				result = out.toString();
			}
			return result;
		}

		/**
		 * Takes the institution names out of a part's words.
		 * @param words the part's words
		 * @param found where to add the canonical names found
		 * @return the words that are not an institution's name
		 */
		List<String> takeNames(List<String> words, Set<String> found) {
			List<String> rest = new ArrayList<>();
			int i = 0;
			while (i < words.size()) {
				List<String> match = null;
				for (List<String> name : this.names) {
					if (i + name.size() <= words.size() && words.subList(i, i + name.size()).equals(name)) {
						match = name;
						break;
					}
				}
				if (match != null) {
					found.add(String.join(" ", match));
					i += match.size();
				}
				else {
					rest.add(words.get(i));
					i++;
				}
			}
			return rest;
		}

	}

}

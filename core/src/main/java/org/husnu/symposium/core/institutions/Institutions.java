package org.husnu.symposium.core.institutions;

import java.util.List;
import java.util.Optional;

import org.husnu.symposium.core.i18n.LocalizedText;

/**
 * The two institutions of the session, seeded on first start with their verified mail
 * domains.
 */
public final class Institutions {

	/** Hokkaido University. */
	public static final String HU = "HU";

	/** Seoul National University. */
	public static final String SNU = "SNU";

	private static final List<Institution> SEED = List.of(
			Institution.of(HU, LocalizedText.of("Hokkaido University", "北海道大学", "홋카이도대학교"), "hokudai.ac.jp"),
			Institution.of(SNU, LocalizedText.of("Seoul National University", "ソウル大学校", "서울대학교"), "snu.ac.kr",
					"snuh.org"));

	private Institutions() {
	}

	/**
	 * The institutions seeded on first start.
	 * @return the two of them, HU and SNU
	 */
	public static List<Institution> seed() {
		return SEED;
	}

	/**
	 * The institution whose verified domain an address is in.
	 * @param institutions the institutions to look through
	 * @param email the address
	 * @return the institution, if any
	 */
	public static Optional<Institution> byVerifiedDomain(List<Institution> institutions, String email) {
		return institutions.stream().filter((institution) -> institution.hasVerifiedDomainOf(email)).findFirst();
	}

}

package org.husnu.symposium.platform.demo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.husnu.symposium.core.accounts.Position;
import org.husnu.symposium.core.accounts.Role;
import org.husnu.symposium.core.i18n.Language;
import org.husnu.symposium.core.reviewers.Expertise;

/**
 * The people of the demo ({@code ./run.sh --demo}): chairs, reviewers and authors of both
 * institutions. Each service writes its own part of them (accounts in submission-service,
 * reviewer profiles in review-service); ids derive from the address so both agree.
 */
public final class DemoPeople {

	/**
	 * How many abstracts submission-service's demo adds; review-service's demo waits for
	 * all of them before it bids and assigns, so its result is the same on every run.
	 */
	public static final int ABSTRACTS = 40;

	/** How many of the {@link #ABSTRACTS} stay drafts (one more is withdrawn). */
	public static final int DRAFTS = 4;

	private static final List<Person> PEOPLE = List.of(
			new Person("chair.hu@hokudai.ac.jp", "Haruka Takahashi", "HU", "Faculty of Medicine", Position.FACULTY,
					Language.JA, Set.of(Role.CHAIR, Role.REVIEWER), Map.of("DIAGNOSTIC_IMAGING", Expertise.EXPERT)),
			new Person("chair.snu@snu.ac.kr", "Jiwoo Park", "SNU", "Department of Anesthesiology", Position.FACULTY,
					Language.KO, Set.of(Role.CHAIR, Role.REVIEWER),
					Map.of("PERIOPERATIVE_BIOSIGNALS", Expertise.EXPERT, "CLINICAL_DATA_PLATFORMS", Expertise.EXPERT)),
			new Person("admin@hokudai.ac.jp", "Kenji Ito", "HU",
					"Institute for the Promotion of Business-Regional Collaboration", Position.STAFF, Language.EN,
					Set.of(Role.ADMIN), Map.of()),
			new Person("yamada@med.hokudai.ac.jp", "Taro Yamada", "HU", "Department of Radiology", Position.FACULTY,
					Language.JA, Set.of(Role.REVIEWER, Role.AUTHOR),
					Map.of("DIAGNOSTIC_IMAGING", Expertise.EXPERT, "SURGICAL_SUPPORT", Expertise.KNOWLEDGEABLE)),
			new Person("suzuki@pharm.hokudai.ac.jp", "Yui Suzuki", "HU", "Faculty of Pharmaceutical Sciences",
					Position.FACULTY, Language.JA, Set.of(Role.REVIEWER),
					Map.of("DRUG_DEVELOPMENT", Expertise.EXPERT, "GENOME_MEDICINE", Expertise.KNOWLEDGEABLE)),
			new Person("watanabe@hokudai.ac.jp", "Sho Watanabe", "HU", "Faculty of Health Sciences", Position.FACULTY,
					Language.JA, Set.of(Role.REVIEWER),
					Map.of("DEMENTIA_CARE", Expertise.EXPERT, "MEDICAL_LANGUAGE_MODELS", Expertise.FAMILIAR)),
			new Person("lee@snu.ac.kr", "Seojun Lee", "SNU", "Department of Biomedical Engineering", Position.FACULTY,
					Language.KO, Set.of(Role.REVIEWER, Role.AUTHOR),
					Map.of("DIAGNOSTIC_THERAPEUTIC_SUPPORT", Expertise.EXPERT, "DIAGNOSTIC_IMAGING",
							Expertise.KNOWLEDGEABLE)),
			new Person("choi@snuh.org", "Minseo Choi", "SNU", "Department of Neurology", Position.FACULTY, Language.KO,
					Set.of(Role.REVIEWER),
					Map.of("DEMENTIA_CARE", Expertise.KNOWLEDGEABLE, "GENOME_MEDICINE", Expertise.EXPERT)),
			new Person("jung@snu.ac.kr", "Hyun Jung", "SNU", "VitalLab, Department of Anesthesiology", Position.FACULTY,
					Language.KO, Set.of(Role.REVIEWER),
					Map.of("PERIOPERATIVE_BIOSIGNALS", Expertise.EXPERT, "SURGICAL_SUPPORT", Expertise.EXPERT)),
			new Person("sato.student@med.hokudai.ac.jp", "Aiko Sato", "HU", "Graduate School of Medicine",
					Position.STUDENT, Language.JA, Set.of(Role.AUTHOR), Map.of()),
			new Person("nakamura@eng.hokudai.ac.jp", "Ren Nakamura", "HU", "Graduate School of Information Science",
					Position.STUDENT, Language.EN, Set.of(Role.AUTHOR), Map.of()),
			new Person("kim.student@snu.ac.kr", "Minjun Kim", "SNU", "Interdisciplinary Program in Bioengineering",
					Position.STUDENT, Language.KO, Set.of(Role.AUTHOR), Map.of()),
			new Person("han@snuh.org", "Yuna Han", "SNU", "Department of Radiology", Position.STAFF, Language.EN,
					Set.of(Role.AUTHOR), Map.of()));

	private DemoPeople() {
	}

	public static List<Person> all() {
		return PEOPLE;
	}

	/**
	 * The account id a demo person gets, the same in every service and every run.
	 * @param email the person's address
	 * @return a name-based UUID
	 */
	public static UUID idOf(String email) {
		return UUID.nameUUIDFromBytes(("husnu-symposium-demo:" + email).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * One demo person.
	 *
	 * @param email address in a verified domain
	 * @param name full name
	 * @param institution institution code
	 * @param department department or lab
	 * @param position position
	 * @param language preferred language
	 * @param roles roles
	 * @param expertise expertise per topic area, for reviewers
	 */
	public record Person(String email, String name, String institution, String department, Position position,
			Language language, Set<Role> roles, Map<String, Expertise> expertise) {

		public UUID id() {
			return idOf(this.email);
		}

	}

}

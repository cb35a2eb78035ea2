package org.husnu.symposium.core.conflicts;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AffiliationsTests {

	/** Pairs that name the same department or lab. */
	private static final List<List<String>> SAME = List.of(
			List.of("Dept. of Anesthesiology, SNUH",
					"Department of Anesthesiology, Seoul National University Hospital"),
			List.of("Dept. of Anesthesiology, SNUH",
					"Seoul National University Hospital, Department of Anesthesiology"),
			List.of("Dep't of Anesthesiology, S.N.U.H.", "department of anesthesiology"),
			List.of("Dept of Anaesthesiology, snuh", "Anesthesiology Department, 서울대학교병원"),
			List.of("ＤＥＰＴ． ＯＦ　ＳＵＲＧＥＲＹ，ＨＵＨ", "Department of Surgery, Hokkaido University Hospital"),
			List.of("Dept. of Surgery, Hokkaido Univ. Hosp.", "北海道大学病院 Department of Surgery"),
			List.of("Lab. of Medical AI, Grad. Sch. of Med., Hokkaido Univ.",
					"Laboratory of Medical AI, Graduate School of Medicine, Hokkaido University"),
			List.of("Labo. of Genome Informatics, HU", "Genome Informatics Laboratory, 北海道大学"),
			List.of("Div. of Cardiology, Seoul Nat'l Univ. Hosp.", "Division of Cardiology, SNUH"),
			List.of("Inst. of Convergence Medicine, SNU", "Institute of Convergence Medicine, 서울대학교"),
			List.of("Ctr. for Precision Medicine, SNUBH", "Center for Precision Medicine, 분당서울대학교병원"),
			List.of("Cntr. for Clinical Research, HUH", "Centre for Clinical Research, Hokkaido University Hospital"),
			List.of("Fac. of Engineering, Hokkaido University", "Faculty of Engineering, HU"),
			List.of("Sch. of Medicine, SNU", "School of Medicine, Seoul National University"),
			List.of("Radiology & Imaging Lab, SNU", "Radiology and Imaging Laboratory, Seoul National University"),
			List.of("Dept. of Internal Med., HUH", "Department of Internal Medicine, Hokkaido University Hospital"),
			List.of("Med. Ctr. Informatics Div., SNU", "Medical Center Informatics Division, SNU"),
			List.of("Dept. of Surgery, Graduate School of Medicine, Hokkaido University", "Dept. of Surgery, HU"),
			List.of("Dept. of Surgery, Hokkaido University, Sapporo, Japan 060-8638", "Department of Surgery, HU"),
			List.of("Department of Anesthesiology, Seoul National University Hospital, Seoul, Korea",
					"Dept. of Anesthesiology, SNUH"),
			List.of("Anesthesiology", "Department of Anesthesiology"),
			List.of("Department of Surgery", "Dept. of Surgery, Hokkaido University Hospital"));

	/** Pairs that do not. */
	private static final List<List<String>> DIFFERENT = List.of(
			List.of("Dept. of Surgery, SNUH", "Dept. of Anesthesiology, SNUH"),
			List.of("Dept. of Anesthesiology, SNUH", "Dept. of Anesthesiology, Hokkaido University Hospital"),
			List.of("Dept. of Anesthesiology, 北海道大学病院", "Department of Anesthesiology, 서울대학교병원"),
			List.of("Dept. of Anesthesiology, SNUH", "Dept. of Anesthesiology, SNUBH"),
			List.of("Dept. of Anesthesiology, SNUH", "Dept. of Anesthesiology, SNU"),
			List.of("Graduate School of Medicine, HU", "Graduate School of Medical Science, HU"),
			List.of("Dept. of Internal Med., HUH", "Dept. of Internal Medical Research, HUH"),
			List.of("Dept. of Surgery, Graduate School of Medicine, HU",
					"Dept. of Anesthesiology, Graduate School of Medicine, HU"),
			List.of("Seoul National University Hospital", "Seoul National University Hospital"),
			List.of("SNUH", "Dept. of Anesthesiology, SNUH"), List.of("", "Dept. of Anesthesiology"),
			List.of("Sapporo, Japan", "Seoul, Korea"),
			List.of("Dept. of Anesthesiology, 東北大学", "Dept. of Anesthesiology, Hokkaido University"),
			List.of("Dept. of Surgery, 남서울대학교", "Dept. of Surgery, Seoul National University"));

	@Test
	void theSameDepartmentMatchesHoweverItIsWritten() {
		for (List<String> pair : SAME) {
			assertThat(Affiliations.sameDepartment(pair.get(0), pair.get(1))).as("%s ~ %s", pair.get(0), pair.get(1))
				.isTrue();
			assertThat(Affiliations.sameDepartment(pair.get(1), pair.get(0))).as("%s ~ %s", pair.get(1), pair.get(0))
				.isTrue();
		}
	}

	@Test
	void otherDepartmentsAndOtherInstitutionsDoNotMatch() {
		for (List<String> pair : DIFFERENT) {
			assertThat(Affiliations.sameDepartment(pair.get(0), pair.get(1))).as("%s !~ %s", pair.get(0), pair.get(1))
				.isFalse();
			assertThat(Affiliations.sameDepartment(pair.get(1), pair.get(0))).as("%s !~ %s", pair.get(1), pair.get(0))
				.isFalse();
		}
		assertThat(Affiliations.sameDepartment(null, "Dept. of Surgery")).isFalse();
	}

	@Test
	void japaneseAndKoreanNamesOfBothInstitutionsReadAsTheirEnglishNames() {
		assertThat(Affiliations.parse("北海道大学").institutions()).containsExactly("hokkaido university");
		assertThat(Affiliations.parse("北海道大学病院").institutions()).containsExactly("hokkaido university hospital");
		assertThat(Affiliations.parse("서울대학교").institutions()).containsExactly("seoul national university");
		assertThat(Affiliations.parse("서울대학교병원").institutions()).containsExactly("seoul national university hospital");
		assertThat(Affiliations.parse("北海道大学病院麻酔科").units()).containsExactly("麻酔科");
		assertThat(Affiliations.parse("東北大学 麻酔科").institutions()).as("東北大学 is not 北大, and it is unknown")
			.containsExactly("東北大学 麻酔科");
		assertThat(Affiliations.parse("Kyoto University Graduate School of Medicine").units()).isEmpty();
	}

	@Test
	void acronymsAndAbbreviationsExpandToCanonicalWords() {
		Affiliation affiliation = Affiliations.parse("Lab. of Medical AI, Grad. Sch. of Med., SNU Coll. of Med.");
		assertThat(affiliation.institutions()).containsExactly("seoul national university");
		assertThat(affiliation.units()).containsExactlyInAnyOrder("ai laboratory medical", "graduate medicine school",
				"college medicine");
		assertThat(Affiliations.parse("Med. Ctr., HU").units()).containsExactly("center medical");
	}

	@Test
	void placesAndPostalCodesAreNotUnits() {
		assertThat(Affiliations.parse("Hokkaido University, Kita-ku, Sapporo 060-8638, Japan").units()).isEmpty();
	}

}

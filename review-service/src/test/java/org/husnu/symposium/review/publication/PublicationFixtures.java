package org.husnu.symposium.review.publication;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.Author;
import org.husnu.symposium.core.program.ProgramPublication;
import org.husnu.symposium.core.program.ProgramPublication.Person;
import org.husnu.symposium.core.program.ProgramPublication.PublishedAuthor;
import org.husnu.symposium.core.program.ProgramPublication.PublishedSlot;
import org.husnu.symposium.core.program.ProgramPublication.Talk;
import org.husnu.symposium.core.program.SlotKind;
import org.husnu.symposium.test.fixtures.AbstractFixtures;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

/**
 * A published program of two parallel sessions with talks in English, Japanese and Korean
 * and a break, and the abstracts behind it, as the publication part's tests seed them
 * straight into the store.
 */
final class PublicationFixtures {

	static final Instant DAY = Instant.parse("2027-03-04T00:00:00Z");

	static final String JA_TITLE = "深層学習による胸部X線画像の肺結節検出";

	static final String KO_TITLE = "흉부 CT에서 폐결절 자동 검출을 위한 딥러닝 모델";

	static final String EN_TITLE = "Sepsis early warning from routine vital signs";

	static final List<String> PRESENTERS = List.of("Hanako Suzuki", "山本 太郎", "김민준", "Jiwoo Park");

	static final List<String> EMAILS = List.of("hanako.suzuki@med.hokudai.ac.jp", "taro.yamamoto@hokudai.ac.jp",
			"minjun.kim@snu.ac.kr", "jiwoo.park@snuh.org", "ichiro.tanaka@hokudai.ac.jp");

	final List<AbstractSubmission> abstracts = new ArrayList<>();

	final ProgramPublication publication;

	private PublicationFixtures(int number, String jaTitle) {
		UUID session1 = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
		UUID session2 = UUID.fromString("00000000-0000-0000-0000-0000000000a2");
		Instant start = DAY.plus(Duration.ofHours(1));
		List<PublishedSlot> first = new ArrayList<>();
		first.add(talk(start, "P-101", EN_TITLE, "DIAGNOSTIC_IMAGING", false,
				new Author(PRESENTERS.get(0), "Graduate School of Health Sciences", "HU", EMAILS.get(0), true),
				new Author("Ichiro Tanaka", "Faculty of Engineering", "HU", EMAILS.get(4), false),
				"We predict sepsis six hours ahead from routine vital signs in 2,314 admissions. "
						+ "Accuracy ".repeat(40)));
		first.add(talk(start.plus(Duration.ofMinutes(15)), "P-102", jaTitle, "DIAGNOSTIC_IMAGING", true,
				new Author(PRESENTERS.get(1), "医学研究院", "HU", EMAILS.get(1), true), null,
				"本研究では、胸部X線画像から肺結節を検出する深層学習モデルを開発した。" + "感度と特異度を評価し、放射線科医の読影と比較した。".repeat(30)));
		first.add(new PublishedSlot(SlotKind.BREAK, start.plus(Duration.ofMinutes(30)),
				start.plus(Duration.ofMinutes(45)), "Coffee break", null));
		List<PublishedSlot> second = new ArrayList<>();
		second.add(talk(start, "P-103", KO_TITLE, "GENOME_MEDICINE", false,
				new Author(PRESENTERS.get(2), "서울대학교병원 영상의학과", "SNU", EMAILS.get(2), true), null,
				"본 연구에서는 흉부 CT 영상에서 폐결절을 자동으로 검출하는 딥러닝 모델을 개발하였다. "
						+ "민감도와 특이도를 평가하고 영상의학과 전문의의 판독과 비교하였다. ".repeat(30)));
		second.add(talk(start.plus(Duration.ofMinutes(15)), "P-104", "Federated learning across two hospitals",
				"GENOME_MEDICINE", false,
				new Author(PRESENTERS.get(3), "Biomedical Informatics", "SNU", EMAILS.get(3), true), null,
				"Federated learning lets two hospitals train one model without sharing records."));
		this.publication = new ProgramPublication(number, Instant.now(), UUID.randomUUID(), 3L,
				List.of(new ProgramPublication.Session(session1, "Imaging and early warning",
						List.of("DIAGNOSTIC_IMAGING"), "Room A", start, start.plus(Duration.ofMinutes(45)),
						List.of(new Person("Yuki Chair", "HU"), new Person("Seojun Chair", "SNU")), first),
						new ProgramPublication.Session(session2, "Genomes and federated learning",
								List.of("GENOME_MEDICINE"), "Room B", start, start.plus(Duration.ofMinutes(30)),
								List.of(new Person("Seojun Chair", "SNU")), second)));
	}

	static PublicationFixtures published(int number) {
		return new PublicationFixtures(number, JA_TITLE);
	}

	static PublicationFixtures publishedWithJapaneseTitle(int number, String jaTitle) {
		return new PublicationFixtures(number, jaTitle);
	}

	PublicationFixtures store(MongoOperations mongo) {
		for (AbstractSubmission submission : this.abstracts) {
			mongo.remove(Query
				.query(org.springframework.data.mongodb.core.query.Criteria.where("number").is(submission.number())),
					AbstractSubmission.class);
			mongo.insert(submission);
		}
		mongo.insert(this.publication);
		return this;
	}

	static void clear(MongoOperations mongo) {
		mongo.remove(new Query(), ProgramPublication.class);
	}

	List<Talk> talks() {
		return this.publication.sessions()
			.stream()
			.flatMap((session) -> session.slots().stream())
			.filter((slot) -> slot.talk() != null)
			.map(PublishedSlot::talk)
			.toList();
	}

	private PublishedSlot talk(Instant start, String number, String title, String topic, boolean student,
			Author presenter, Author coAuthor, String text) {
		List<Author> authors = (coAuthor != null) ? List.of(presenter, coAuthor) : List.of(presenter);
		AbstractSubmission submission = AbstractFixtures.submitted()
			.withId(UUID.randomUUID())
			.withNumber(number)
			.withTitle(title)
			.withAuthors(authors)
			.withPrimaryTopic(topic)
			.withKeywords("deep learning", "screening")
			.withStudentPresenter(student)
			.withText(text)
			.build();
		this.abstracts.add(submission);
		List<PublishedAuthor> published = authors.stream()
			.map((author) -> new PublishedAuthor(author.name(), author.affiliation(), author.institution(),
					author.presenting()))
			.toList();
		return new PublishedSlot(SlotKind.TALK, start, start.plus(Duration.ofMinutes(15)), null, new Talk(
				submission.id(), number, title, topic, List.of("deep learning", "screening"), student, published));
	}

}

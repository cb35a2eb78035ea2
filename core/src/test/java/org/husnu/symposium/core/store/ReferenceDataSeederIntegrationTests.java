package org.husnu.symposium.core.store;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.husnu.symposium.core.event.EventSettings;
import org.husnu.symposium.core.i18n.LocalizedText;
import org.husnu.symposium.core.institutions.Institution;
import org.husnu.symposium.core.store.ReferenceDataSeeder.SeedReport;
import org.husnu.symposium.core.topics.TopicArea;
import org.husnu.symposium.core.topics.TopicAreas;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexField;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceDataSeederIntegrationTests {

	private static final EventSettings SETTINGS = EventSettings.initial(LocalDateTime.parse("2027-01-31T23:59"),
			LocalDateTime.parse("2027-02-28T23:59"));

	private final MongoTestStore store = new MongoTestStore();

	private final MongoTemplate mongo = this.store.template();

	@AfterEach
	void close() {
		this.store.close();
	}

	@Test
	void seedsTheSixMhlwAreasWithJapaneseNames() {
		SeedReport report = new ReferenceDataSeeder(this.mongo).seed(SETTINGS);
		assertThat(report.topicAreas()).isEqualTo(TopicAreas.seed().size());
		assertThat(report.institutions()).isEqualTo(2);
		assertThat(report.eventSettings()).isEqualTo(1);
		List<TopicArea> mhlw = this.mongo.findAll(TopicArea.class).stream().filter(TopicArea::mhlwPriority).toList();
		assertThat(mhlw).extracting(TopicArea::code)
			.containsExactlyInAnyOrderElementsOf(TopicAreas.MHLW_PRIORITY_CODES);
		assertThat(mhlw).extracting((area) -> area.name().ja())
			.containsExactlyInAnyOrder("ゲノム医療", "画像診断支援", "診断・治療支援", "医薬品開発", "介護・認知症", "手術支援");
	}

	@Test
	void createsTheUniqueIndexesOnAFreshStore() {
		new ReferenceDataSeeder(this.mongo).seed(SETTINGS);
		assertThat(uniqueKeys(CollectionNames.ACCOUNTS)).contains("email");
		assertThat(uniqueKeys(CollectionNames.ABSTRACTS)).contains("number");
		assertThat(uniqueKeys(CollectionNames.API_TOKENS)).contains("hash");
	}

	@Test
	void creatingTheIndexesAgainChangesNothing() {
		ReferenceDataSeeder seeder = new ReferenceDataSeeder(this.mongo);
		seeder.ensureIndexes();
		List<IndexInfo> first = this.mongo.indexOps(CollectionNames.ACCOUNTS).getIndexInfo();
		seeder.ensureIndexes();
		assertThat(this.mongo.indexOps(CollectionNames.ACCOUNTS).getIndexInfo()).hasSameSizeAs(first);
	}

	@Test
	void seedingAgainChangesNothingAndKeepsChairEdits() {
		ReferenceDataSeeder seeder = new ReferenceDataSeeder(this.mongo);
		seeder.seed(SETTINGS);
		TopicArea genome = this.mongo.findById("GENOME_MEDICINE", TopicArea.class);
		this.mongo.save(new TopicArea(genome.code(), LocalizedText.of("Genomic medicine", "ゲノム医療", "유전체 의학"), true, 5,
				true, genome.version()));
		Institution hu = this.mongo.findById("HU", Institution.class);
		this.mongo.save(hu.withDomain("frontier.example.ac.jp"));

		SeedReport again = seeder.seed(SETTINGS);

		assertThat(again.total()).isZero();
		assertThat(this.mongo.count(new Query(), TopicArea.class)).isEqualTo(TopicAreas.seed().size());
		assertThat(this.mongo.findById("GENOME_MEDICINE", TopicArea.class).name().en()).isEqualTo("Genomic medicine");
		assertThat(this.mongo.findById("HU", Institution.class).emailDomains()).contains("frontier.example.ac.jp");
	}

	@Test
	void concurrentSeedersNeverDuplicate() throws Exception {
		int seeders = 4;
		ExecutorService executor = Executors.newFixedThreadPool(seeders);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<SeedReport>> results = new ArrayList<>();
			for (int i = 0; i < seeders; i++) {
				Callable<SeedReport> seeding = () -> {
					start.await();
					return new ReferenceDataSeeder(this.mongo).seed(SETTINGS);
				};
				results.add(executor.submit(seeding));
			}
			start.countDown();
			int inserted = 0;
			for (Future<SeedReport> result : results) {
				inserted += result.get(30, TimeUnit.SECONDS).total();
			}
			assertThat(inserted).isEqualTo(TopicAreas.seed().size() + 2 + 1);
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(this.mongo.getCollection(CollectionNames.TOPIC_AREAS).countDocuments())
			.isEqualTo(TopicAreas.seed().size());
		assertThat(this.mongo.getCollection(CollectionNames.INSTITUTIONS).countDocuments()).isEqualTo(2);
		assertThat(this.mongo.getCollection(CollectionNames.EVENT_SETTINGS).countDocuments()).isEqualTo(1);
	}

	/**
	 * The single-field unique indexes of a collection, by field name.
	 */
	private List<String> uniqueKeys(String collection) {
		return this.mongo.indexOps(collection)
			.getIndexInfo()
			.stream()
			.filter(IndexInfo::isUnique)
			.filter((index) -> index.getIndexFields().size() == 1)
			.map((index) -> index.getIndexFields().get(0))
			.map(IndexField::getKey)
			.collect(Collectors.toList());
	}

}

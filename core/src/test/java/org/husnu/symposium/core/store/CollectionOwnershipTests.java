package org.husnu.symposium.core.store;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.husnu.symposium.core.store.CollectionOwnership.Service;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CollectionOwnershipTests {

	@Test
	void everyCollectionHasAWriter() throws IllegalAccessException {
		List<String> names = Arrays.stream(CollectionNames.class.getFields())
			.filter((field) -> Modifier.isStatic(field.getModifiers()))
			.map(CollectionOwnershipTests::value)
			.toList();
		assertThat(names).doesNotHaveDuplicates();
		assertThat(CollectionOwnership.writers().keySet()).containsExactlyInAnyOrderElementsOf(names);
	}

	@Test
	void onlyInfrastructureCollectionsHaveTwoWriters() {
		assertThat(CollectionOwnership.writers()
			.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().size() > 1)
			.map(Map.Entry::getKey)).containsExactlyInAnyOrder(CollectionNames.MAIL_OUTBOX, CollectionNames.AUDIT_LOG,
					CollectionNames.SESSIONS, CollectionNames.LOGIN_TOKENS, CollectionNames.RATE_LIMITS,
					CollectionNames.DEV_MAILBOX, CollectionNames.DEPLOYMENT);
		assertThat(CollectionOwnership.mayWrite(Service.REVIEW, CollectionNames.ABSTRACTS)).isFalse();
		assertThat(CollectionOwnership.mayWrite(Service.REVIEW, CollectionNames.REVIEWS)).isTrue();
		assertThat(CollectionOwnership.mayWrite(Service.REVIEW, CollectionNames.API_TOKENS)).isFalse();
	}

	private static String value(Field field) {
		try {
			return (String) field.get(null);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

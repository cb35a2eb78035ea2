package org.husnu.symposium.review.program;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every reason and unmet goal the auto-suggest can give is said in English, Japanese and
 * Korean: a guard that fails when the suggester gains a code without its texts.
 */
class ProgramSuggestMessagesTests {

	private static final Pattern UNMET = Pattern.compile("unmet\\s*\\.add\\(\\s*new Note\\(\"(\\w+)\"");

	private static final Pattern REASON = Pattern.compile("(?:reasons\\s*\\.add\\(|\\.of\\()\\s*new Note\\(\"(\\w+)\"");

	@Test
	void everyReasonAndUnmetCodeHasItsTextInEveryLanguage() throws IOException {
		Path program = Path.of("..", "core", "src", "main", "java", "org", "husnu", "symposium", "core", "program");
		String suggester = Files.readString(program.resolve("ProgramSuggester.java"))
				+ Files.readString(program.resolve("SuggestionBuilder.java"));
		Set<String> unmet = codes(UNMET, suggester);
		Set<String> reasons = codes(REASON, suggester);
		assertThat(unmet).containsExactlyInAnyOrder("noRoom", "imbalance", "studentsClustered", "mixedTopics",
				"speakerClash");
		assertThat(reasons).contains("sameTopic", "similarText", "fill", "balance", "studentSpread", "noRoom");
		for (String bundle : new String[] { "messages.properties", "messages_ja.properties",
				"messages_ko.properties" }) {
			Properties messages = load(bundle);
			for (String code : unmet) {
				assertThat(messages.getProperty("program.unmet." + code)).as("%s in %s", code, bundle).isNotBlank();
			}
			for (String code : reasons) {
				assertThat(messages.getProperty("program.reason." + code)).as("%s in %s", code, bundle).isNotBlank();
			}
		}
	}

	private static Set<String> codes(Pattern pattern, String source) {
		Set<String> codes = new TreeSet<>();
		Matcher matcher = pattern.matcher(source);
		while (matcher.find()) {
			codes.add(matcher.group(1));
		}
		return codes;
	}

	private static Properties load(String bundle) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = ProgramSuggestMessagesTests.class.getClassLoader().getResourceAsStream(bundle)) {
			assertThat(in).as(bundle).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}

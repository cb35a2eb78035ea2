package org.husnu.symposium.platform.web;

import org.husnu.symposium.platform.SymposiumProperties;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layout shows the dev mailbox exactly when the mail catcher runs: one rule decides
 * default mail mode ({@code CatcherMode}).
 */
class LayoutModelAdviceTests {

	@Test
	void showsTheDevMailboxWithoutAMailHost() {
		assertThat(layoutWith(new MockEnvironment()).devMailbox()).isTrue();
	}

	@Test
	void showsTheDevMailboxWhenTheMailHostIsBlank() {
		// SPRING_MAIL_HOST= counts as unset, as it does for the catcher itself
		assertThat(layoutWith(new MockEnvironment().withProperty("spring.mail.host", " ")).devMailbox()).isTrue();
		assertThat(layoutWith(new MockEnvironment().withProperty("spring.mail.host", "")).devMailbox()).isTrue();
	}

	@Test
	void hidesTheDevMailboxWithARealMailHost() {
		assertThat(layoutWith(new MockEnvironment().withProperty("spring.mail.host", "smtp.example.org")).devMailbox())
			.isFalse();
	}

	private static LayoutModelAdvice.Layout layoutWith(MockEnvironment environment) {
		SymposiumProperties properties = Binder.get(environment).bindOrCreate("symposium", SymposiumProperties.class);
		return new LayoutModelAdvice(properties, environment).layout(new MockHttpServletRequest("GET", "/"));
	}

}

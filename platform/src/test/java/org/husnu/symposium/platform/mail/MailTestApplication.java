package org.husnu.symposium.platform.mail;

import org.husnu.symposium.test.EmbeddedStoreTestConfiguration;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The platform as a service runs it (the auto-configuration), on an in-memory embedded
 * store, for the mail tests that need the whole web stack.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(EmbeddedStoreTestConfiguration.class)
class MailTestApplication {

}

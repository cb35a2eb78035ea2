package org.husnu.symposium.submission.pdf;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Binds the bounds of the PDF checks ({@code symposium.submission.pdf.*}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PdfCheckProperties.class)
class PdfCheckConfiguration {

}

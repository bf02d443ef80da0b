package cn.tangshan.minsheng.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * A browser test: the whole portal on a random port with its own embedded PostgreSQL and
 * the demo data (2024 plan split across the counties, January to May approved, June half
 * reported) at the demo clock 2024-07-03 09:00, June open; each test method gets a fresh
 * headless Chromium as a {@link Browser} parameter. All browser test classes carry only
 * this annotation, so they share one application context and one database: each test
 * works on its own units and projects. Skipped where Debian's Chromium is missing.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = { "portal.demo.data=true", "portal.demo.clock=2024-07-03T09:00" })
@ExtendWith(BrowserExtension.class)
@Tag("browser")
@interface BrowserPortalTest {

}

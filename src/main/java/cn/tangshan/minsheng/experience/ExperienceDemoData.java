package cn.tangshan.minsheng.experience;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import javax.imageio.ImageIO;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.plan.PlanCatalog;
import cn.tangshan.minsheng.plan.PlanSummary;
import cn.tangshan.minsheng.plan.ProjectView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dev default's typical experience: two counties' articles with photos that the demo
 * coordinator published in June, and one submitted and waiting; written through the
 * service as the users would, on the demo clock's days. Loaded once.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 35)
@ConditionalOnProperty(name = "portal.demo.data", havingValue = "true")
class ExperienceDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ExperienceDemoData.class);

	private record Article(String username, String project, String title, String body, int photos, boolean publish,
			int day) {
	}

	private static final List<Article> ARTICLES = List.of(
			new Article("lunan", "1-3", "见缝插绿建游园 老城片区添新景",
					"路南区坚持“规划先行、见缝插绿”，利用老旧厂区边角地、拆违腾退地建设口袋公园，做到“300米见绿、500米见园”。\n"
							+ "建设中广泛征求周边居民意见，统筹布置健身步道、休憩座椅和儿童游乐设施，建成后由街道、社区和物业共同管护。",
					2, true, 12),
			new Article("qianan", "1-4", "“四好农村路”串起美丽乡村",
					"迁安市把农村公路建设与乡村振兴、全域旅游结合起来，统筹资金、分段推进，优先改造通村断头路和窄路。\n" + "推行“路长制”，县、乡、村三级路长分段负责日常养护，群众出行和农产品运输更加便捷。",
					1, true, 18),
			new Article("zunhua", "1-6", "农村厕所改造“改一户、成一户”", "遵化市坚持群众自愿、因地制宜，分类推广水冲式和双瓮式改厕模式，建立改厕档案和后续管护机制。", 0, false,
					25));

	private final Experiences experiences;

	private final ExperienceRepository repository;

	private final PlanCatalog plans;

	private final UserDetailsService users;

	private final Clock clock;

	ExperienceDemoData(Experiences experiences, ExperienceRepository repository, PlanCatalog plans,
			UserDetailsService users, Clock clock) {
		this.experiences = experiences;
		this.repository = repository;
		this.plans = plans;
		this.users = users;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		PlanSummary plan = this.plans.currentPlan().orElse(null);
		if (plan == null || this.repository.existsByDemoTrue()) {
			return;
		}
		CurrentUser coordinator;
		try {
			coordinator = user("fgw");
		}
		catch (UsernameNotFoundException ex) {
			return;
		}
		for (Article a : ARTICLES) {
			ProjectView project = this.experiences.projects()
				.stream()
				.filter((p) -> p.code().equals(a.project()))
				.findFirst()
				.orElse(null);
			if (project == null) {
				continue;
			}
			Instant at = LocalDateTime.of(plan.year(), 6, a.day(), 10, 0).atZone(this.clock.getZone()).toInstant();
			if (at.isAfter(this.clock.instant())) {
				continue;
			}
			Experiences service = at(at);
			List<Experiences.Upload> photos = new java.util.ArrayList<>();
			for (int i = 1; i <= a.photos(); i++) {
				photos.add(new Experiences.Upload(a.project() + "-" + i + ".png",
						new ByteArrayInputStream(picture(a.title(), i))));
			}
			ExperienceView created = service.create(user(a.username()),
					new Experiences.Draft(project.id(), a.title(), a.body()), photos, true);
			if (a.publish()) {
				service.publish(coordinator, created.id(),
						this.repository.findById(created.id()).orElseThrow().getVersion());
			}
			this.experiences.markDemo(created.id());
		}
		log.info("Wrote the demo typical experience");
	}

	private Experiences at(Instant at) {
		return this.experiences.at(Clock.fixed(at, this.clock.getZone()));
	}

	private CurrentUser user(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

	/**
	 * A simple drawn picture (sky, fields, a caption band), so the demo needs no files.
	 */
	static byte[] picture(String caption, int variant) {
		BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setPaint(new GradientPaint(0, 0, new Color(120, 170, 220), 0, 360, new Color(200, 225, 245)));
		g.fillRect(0, 0, 800, 360);
		g.setColor((variant % 2 == 0) ? new Color(90, 150, 80) : new Color(110, 160, 70));
		g.fillRect(0, 360, 800, 240);
		g.setColor(new Color(150, 150, 150));
		g.fillPolygon(new int[] { 330, 470, 700, 100 }, new int[] { 360, 360, 600, 600 }, 4);
		g.setColor(new Color(60, 110, 60));
		for (int i = 0; i < 6; i++) {
			g.fillOval(40 + i * 130 + variant * 10, 280, 70, 90);
		}
		g.setColor(new Color(0, 0, 0, 140));
		g.fillRect(0, 530, 800, 70);
		g.setColor(Color.WHITE);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 28));
		g.drawString(caption.length() > 24 ? caption.substring(0, 24) : caption, 24, 575);
		g.dispose();
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

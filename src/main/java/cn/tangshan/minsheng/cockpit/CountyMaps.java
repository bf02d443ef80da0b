package cn.tangshan.minsheng.cockpit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import cn.tangshan.minsheng.bulletin.BulletinFigures;
import cn.tangshan.minsheng.dashboard.Dashboard;
import cn.tangshan.minsheng.dashboard.PlanProgressSettings;
import cn.tangshan.minsheng.org.UnitTile;
import cn.tangshan.minsheng.org.UnitView;
import cn.tangshan.minsheng.org.Units;
import cn.tangshan.minsheng.plan.PlanCatalog;
import cn.tangshan.minsheng.plan.ProjectView;
import cn.tangshan.minsheng.progress.ProgressSettings;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The county map's figures: tiles at the units' positions (data, {@code unit.tile_col}
 * and {@code tile_row}) coloured by the dashboard's lights applied to a value. Live, from
 * a {@link Dashboard} the caller already has (the ranking's scores, or one project's
 * scores from the heat map), or frozen, from an issued bulletin's figures.
 */
@Service
public class CountyMaps {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final Units units;

	private final PlanCatalog plans;

	private final PlanProgressSettings settings;

	private final MessageSource messages;

	CountyMaps(Units units, PlanCatalog plans, PlanProgressSettings settings, MessageSource messages) {
		this.units = units;
		this.plans = plans;
		this.settings = settings;
		this.messages = messages;
	}

	/**
	 * The counties coloured by their ranking score of the dashboard's month; each tile
	 * leads to the county's line of the dashboard's ranking.
	 */
	public TileMap ranking(String id, Dashboard dashboard, Locale locale) {
		Map<Long, Dashboard.RankLine> ranked = new HashMap<>();
		dashboard.ranking().ranked().forEach((r) -> ranked.put(r.unit().id(), r));
		List<Tile> tiles = new ArrayList<>();
		for (UnitTile tile : shown(dashboard)) {
			UnitView unit = tile.unit();
			Dashboard.RankLine line = ranked.get(unit.id());
			BigDecimal score = (line != null) ? line.row().score() : null;
			String label = (line != null)
					? text("tilemap.label.rank", locale, name(unit), TileMaps.format(score), line.row().rank())
					: text("tilemap.label.unranked", locale, name(unit));
			tiles.add(new Tile(unit.code(), name(unit), tile.col(), tile.row(), score, label,
					"/dashboard?month=" + dashboard.month() + "#rank-" + unit.code()));
		}
		return TileMaps.render(id, text("tilemap.title.ranking", locale), tiles,
				lights(dashboard.settings(), dashboard.expectedPercent(), locale));
	}

	/**
	 * The counties coloured by their score on one project (the heat map's: the mean of
	 * min(rate, 100%) over the project's indicators for the county's shares); each tile
	 * leads to the project's breakdown by unit.
	 * @return empty when the project is not on the dashboard's heat map (no county
	 * reports it, or it is out of the user's scope)
	 */
	public Optional<TileMap> project(String id, Dashboard dashboard, Long projectId, Locale locale) {
		int index = -1;
		List<ProjectView> projects = dashboard.heatMap().projects();
		for (int i = 0; i < projects.size(); i++) {
			if (projects.get(i).id().equals(projectId)) {
				index = i;
			}
		}
		if (index < 0) {
			return Optional.empty();
		}
		ProjectView project = projects.get(index);
		Map<Long, Dashboard.HeatCell> cells = new HashMap<>();
		for (Dashboard.HeatRow row : dashboard.heatMap().rows()) {
			cells.put(row.unit().id(), row.cells().get(index));
		}
		TileLegend legend = lights(dashboard.settings(), dashboard.expectedPercent(), locale);
		List<Tile> tiles = new ArrayList<>();
		for (UnitTile tile : shown(dashboard)) {
			UnitView unit = tile.unit();
			Dashboard.HeatCell cell = cells.get(unit.id());
			BigDecimal score = (cell != null) ? cell.score() : null;
			// the words of the tile's colour, so that both say the same
			String label = (score != null)
					? text("tilemap.label.project", locale, name(unit), project.code(), TileMaps.format(score),
							legend.bands().get(legend.bandOf(score)).label())
					: text("tilemap.label.noShare", locale, name(unit), project.code());
			tiles.add(new Tile(unit.code(), name(unit), tile.col(), tile.row(), score, label,
					"/dashboard/projects/" + project.id() + "?month=" + dashboard.month()));
		}
		return Optional.of(TileMaps.render(id, text("tilemap.title.project", locale, project.code(), project.name()),
				tiles, legend));
	}

	/**
	 * The counties coloured by the frozen scores of an issued bulletin (its 排名表), as they
	 * were when it was issued: counties are matched by the name the bulletin wrote (full
	 * or short name); a name no unit has any more is still drawn, in the spare row. The
	 * bands are the lights against the bulletin's 序时进度 with the plan in force's
	 * thresholds.
	 * @param hrefByCounty where a county's tile leads (the name as the bulletin wrote
	 * it), or null for tiles without links
	 */
	public TileMap bulletin(String id, BulletinFigures figures, Function<String, String> hrefByCounty, Locale locale) {
		Map<String, BulletinFigures.RankRow> byName = new LinkedHashMap<>();
		figures.ranking().forEach((r) -> byName.put(r.county(), r));
		List<String> unranked = new ArrayList<>(figures.unranked());
		List<Tile> tiles = new ArrayList<>();
		for (UnitTile tile : this.units.countyTiles()) {
			UnitView unit = tile.unit();
			String written = byName.containsKey(unit.name()) ? unit.name()
					: byName.containsKey(unit.shortName()) ? unit.shortName() : null;
			if (written == null) {
				String none = unranked.contains(unit.name()) ? unit.name()
						: unranked.contains(unit.shortName()) ? unit.shortName() : null;
				if (none == null && !unit.active()) {
					continue; // a unit deactivated before the bulletin: not in it
				}
				unranked.remove(none);
				tiles.add(new Tile(unit.code(), name(unit), tile.col(), tile.row(), null,
						text("tilemap.label.unranked", locale, name(unit)),
						(hrefByCounty != null && none != null) ? hrefByCounty.apply(none) : null));
				continue;
			}
			BulletinFigures.RankRow row = byName.remove(written);
			tiles.add(new Tile(unit.code(), name(unit), tile.col(), tile.row(), row.score(),
					text("tilemap.label.rank", locale, name(unit), TileMaps.format(row.score()), row.rank()),
					(hrefByCounty != null) ? hrefByCounty.apply(written) : null));
		}
		// Names of the bulletin that no unit has any more: drawn without a position.
		int n = 0;
		for (BulletinFigures.RankRow row : byName.values()) {
			tiles.add(new Tile("gone-" + (++n), row.county(), null, null, row.score(),
					text("tilemap.label.rank", locale, row.county(), TileMaps.format(row.score()), row.rank()),
					(hrefByCounty != null) ? hrefByCounty.apply(row.county()) : null));
		}
		ProgressSettings thresholds = this.plans.currentPlan()
			.map((p) -> this.settings.of(p.id()))
			.orElse(ProgressSettings.defaults());
		return TileMaps.render(id, text("tilemap.title.ranking", locale), tiles,
				lights(thresholds, figures.expectedPercent(), locale));
	}

	/**
	 * The dashboard's lights as bands of a value: 已完成 from 100, 正常 from 序时进度 minus the
	 * green gap, 滞后 from 序时进度 minus the red gap, 严重滞后 below.
	 */
	public TileLegend lights(ProgressSettings settings, BigDecimal expectedPercent, Locale locale) {
		BigDecimal expected = (expectedPercent != null) ? expectedPercent : BigDecimal.ZERO;
		BigDecimal green = expected.subtract(settings.greenGapPoints()).max(BigDecimal.ZERO);
		BigDecimal red = expected.subtract(settings.redGapPoints()).max(BigDecimal.ZERO);
		List<TileLegend.Band> bands = new ArrayList<>();
		BigDecimal last = HUNDRED;
		bands.add(new TileLegend.Band(HUNDRED, text("tilemap.band.completed", locale)));
		if (green.compareTo(last) < 0) {
			bands.add(new TileLegend.Band(green, text("tilemap.band.normal", locale, TileMaps.format(green))));
			last = green;
		}
		if (red.compareTo(last) < 0) {
			bands.add(new TileLegend.Band(red, text("tilemap.band.lagging", locale, TileMaps.format(red))));
			last = red;
		}
		if (last.signum() > 0) {
			bands.add(new TileLegend.Band(null, text("tilemap.band.serious", locale, TileMaps.format(last))));
		}
		return new TileLegend(text("tilemap.legend", locale), bands, text("tilemap.noData", locale),
				text("tilemap.spare", locale));
	}

	/**
	 * The counties the dashboard shows (its ranking: ranked and unranked), with their
	 * tiles, in the units' order; counties that joined after are not in its figures.
	 */
	private List<UnitTile> shown(Dashboard dashboard) {
		Set<Long> inRanking = new HashSet<>();
		dashboard.ranking().ranked().forEach((r) -> inRanking.add(r.unit().id()));
		dashboard.ranking().unranked().forEach((u) -> inRanking.add(u.id()));
		return this.units.countyTiles().stream().filter((t) -> inRanking.contains(t.unit().id())).toList();
	}

	private static String name(UnitView unit) {
		return (unit.shortName() != null && !unit.shortName().isBlank()) ? unit.shortName() : unit.name();
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}

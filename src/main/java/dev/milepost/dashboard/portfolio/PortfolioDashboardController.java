package dev.milepost.dashboard.portfolio;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import dev.milepost.dashboard.delivery.Delivery;
import dev.milepost.dashboard.delivery.WatchListQuery;
import dev.milepost.dashboard.heatmap.RiskHeatMap;
import dev.milepost.dashboard.portfolio.PortfolioDashboardQuery.Figures;
import dev.milepost.dashboard.portfolio.PortfolioDashboardQuery.ProgramItem;
import dev.milepost.dashboard.portfolio.PortfolioDashboardQuery.ProgramRow;
import dev.milepost.dashboard.portfolio.PortfolioDashboardQuery.Totals;
import dev.milepost.dashboard.roadmap.RoadmapBoard;
import dev.milepost.health.Health;
import dev.milepost.portfolio.ProgramStatus;
import dev.milepost.shared.web.PageRequests;
import dev.milepost.summary.ProgramSummaries;
import dev.milepost.summary.ProgramSummary;
import dev.milepost.summary.RiskCells;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The portfolio dashboard. Owner, objective and status filter in SQL (one light statement
 * over the programs); health, the delivery figures and the totals come from the kept
 * {@link ProgramSummaries} (one statement, a small row per program, no milestone or risk
 * read); health filters in Java; then the rows are sorted and paged in Java (at most one
 * row per program). Worst health first by default.
 *
 * <p>
 * The content is the same for every reader: it is rendered once per portfolio version
 * ({@link ProgramSummaries#version()}, one statement), day, locale and query
 * ({@link PortfolioPageCache}) and placed in the page's frame, which names the reader.
 */
@Controller
class PortfolioDashboardController {

	static final String VIEW = "overview";

	/** The content placed in {@link #VIEW}. */
	static final String CONTENT = "dashboard/portfolio :: content";

	static final String DEFAULT_SORT = "health";

	/** Sort keys offered in URLs; the values only pass {@link PageRequests}' check. */
	static final Map<String, String> SORTS = new LinkedHashMap<>();

	static {
		for (String key : List.of("health", "key", "name", "status", "owner", "next", "ontime", "slipped", "risk",
				"burn")) {
			SORTS.put(key, key);
		}
	}

	/**
	 * Sort keys that need the figures of every matching program, not only of the page
	 * shown.
	 */
	static final Set<String> FIGURE_SORTS = Set.of("next", "ontime", "slipped", "risk", "burn");

	private final PortfolioDashboardQuery queries;

	private final WatchListQuery watchList;

	private final ProgramSummaries summaries;

	private final RoadmapBoard roadmap;

	private final PortfolioPageCache cache;

	private final FragmentRenderer renderer;

	PortfolioDashboardController(PortfolioDashboardQuery queries, WatchListQuery watchList, ProgramSummaries summaries,
			RoadmapBoard roadmap, PortfolioPageCache cache, FragmentRenderer renderer) {
		this.roadmap = roadmap;
		this.queries = queries;
		this.watchList = watchList;
		this.summaries = summaries;
		this.cache = cache;
		this.renderer = renderer;
	}

	@GetMapping("/")
	String overview(@RequestParam(required = false) String owner, @RequestParam(required = false) String objective,
			@RequestParam(required = false) ProgramStatus status,
			@RequestParam(name = "health", required = false) Health healthFilter,
			@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageRequests.DEFAULT_SIZE) int size,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir, Model model,
			HttpServletRequest request, HttpServletResponse response, Locale locale) throws Exception {
		// the version first: what is rendered after it includes every change committed
		// before it (and perhaps later ones, which a newer version renders again)
		long version = this.summaries.version();
		String query = request.getQueryString();
		PortfolioPageCache.Key key = new PortfolioPageCache.Key(this.summaries.today(), locale,
				(query != null) ? query : "");
		String content = this.cache.get(version, key);
		if (content == null) {
			content(owner, objective, status, healthFilter, page, size, sort, dir, model);
			content = this.renderer.render(CONTENT, model.asMap(), request, response, locale);
			this.cache.put(version, key, content);
		}
		model.addAttribute("section", "overview");
		model.addAttribute("content", content);
		return VIEW;
	}

	/** What {@link #CONTENT} reads, into the model. */
	private void content(String owner, String objective, ProgramStatus status, Health healthFilter, int page, int size,
			String sort, String dir, Model model) {
		String sortKey = (sort == null || sort.isBlank()) ? DEFAULT_SORT : sort;
		String direction = (dir == null || dir.isBlank()) ? (sortKey.equals(DEFAULT_SORT) ? "desc" : "asc") : dir;
		Pageable pageable = PageRequests.of(page, size, sortKey, direction, SORTS, DEFAULT_SORT);
		boolean filtered = (owner != null && !owner.isBlank()) || (objective != null && !objective.isBlank())
				|| status != null || healthFilter != null;
		Map<Long, ProgramSummary> summaries = this.summaries.current();
		List<ProgramItem> programs = this.queries.programs(owner, objective, status);
		Map<String, ProgramSummary> byKey = new HashMap<>();
		programs.forEach((item) -> {
			ProgramSummary summary = summaries.get(item.id());
			if (summary != null) {
				byKey.put(item.key(), summary);
			}
		});
		SummaryHealth healths = SummaryHealth.of(summaries.values(), byKey);
		Sort.Direction order = pageable.getSort().iterator().next().getDirection();
		List<ProgramItem> matching = programs.stream()
			.filter((item) -> healthFilter == null || healthOf(healths, item.key()) == healthFilter)
			.toList();
		Page<ProgramRow> rows = page(matching.stream()
			.map((item) -> ProgramRow.of(item, figures(summaries.get(item.id()))))
			.sorted(comparator(sortKey, order, healths))
			.toList(), pageable);
		model.addAttribute("page", rows);
		RiskHeatMap heatMap = RiskHeatMap.portfolio(RiskCells.sum(summaries.values()));
		model.addAttribute("totals", Totals.of(summaries.values(), heatMap.total()));
		model.addAttribute("health", healths);
		model.addAttribute("upcoming", this.watchList.upcoming(null));
		model.addAttribute("slipped", this.watchList.recentlySlipped(null));
		model.addAttribute("topRisks", this.watchList.topRisks(null));
		model.addAttribute("riskHeatMap", heatMap);
		// the roadmap draws the programs of the page shown, in the table's order
		model.addAttribute("roadmap", this.roadmap.portfolio(rows.getContent().stream().map(ProgramRow::id).toList()));
		model.addAttribute("owner", owner);
		model.addAttribute("objective", objective);
		model.addAttribute("status", status);
		model.addAttribute("healthFilter", healthFilter);
		model.addAttribute("statuses", ProgramStatus.values());
		model.addAttribute("healths", Health.values());
		model.addAttribute("filtered", filtered);
	}

	private static <T> Page<T> page(List<T> rows, Pageable pageable) {
		int from = (int) Math.min(pageable.getOffset(), rows.size());
		int to = Math.min(from + pageable.getPageSize(), rows.size());
		return new PageImpl<>(rows.subList(from, to), pageable, rows.size());
	}

	private static Health healthOf(SummaryHealth healths, String key) {
		ProgramSummary program = healths.of(key);
		return (program != null) ? program.effective() : null;
	}

	/** The row's figures from its summary, or none when it has none. */
	private static Figures figures(ProgramSummary summary) {
		if (summary == null) {
			return null;
		}
		return new Figures(summary.programId(), summary.projects(),
				new Delivery(summary.nextId(), summary.nextName(), summary.nextDate(), summary.nextOverdue(),
						summary.milestones(), summary.done(), summary.cancelled(), summary.onTime(), summary.slipped(),
						summary.overdue(), summary.blocked(), summary.openRisks(), summary.topScore(),
						summary.budgetPlanned(), summary.budgetSpent()));
	}

	/**
	 * The chosen order, rows without a value (no milestone, no plan...) last either way,
	 * then by key.
	 */
	static Comparator<ProgramRow> comparator(String key, Sort.Direction direction, SummaryHealth healths) {
		Comparator<ProgramRow> order = switch (key) {
			case "health" -> by((row) -> healthOf(healths, row.key()), direction);
			case "name" -> by((row) -> row.name().toLowerCase(java.util.Locale.ROOT), direction);
			case "status" -> by((row) -> row.status().name(), direction);
			case "owner" -> by((row) -> row.owner().toLowerCase(java.util.Locale.ROOT), direction);
			case "next" -> by((row) -> row.delivery().nextMilestoneDate(), direction);
			case "ontime" -> by((row) -> row.delivery().onTimePercent(), direction);
			case "slipped" -> by((row) -> row.delivery().slipped(), direction);
			case "risk" -> by((row) -> row.delivery().topRiskScore(), direction);
			case "burn" -> by((row) -> row.delivery().burnPercent(), direction);
			default -> by(ProgramRow::key, direction);
		};
		return order.thenComparing(ProgramRow::key);
	}

	private static <T extends Comparable<? super T>> Comparator<ProgramRow> by(Function<ProgramRow, T> value,
			Sort.Direction direction) {
		Comparator<T> natural = Comparator.naturalOrder();
		return Comparator.comparing(value,
				Comparator.nullsLast(direction.isAscending() ? natural : natural.reversed()));
	}

}

package dev.milepost.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import dev.milepost.shared.CurrentActor;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Weekly reports of a program: drafts, publishing (the content frozen as JSON) and
 * corrections. There is at most one DRAFT per program and week, and it is always the
 * latest version: a draft is only ever created as version 1 or as the correction n+1 of a
 * published latest version, and the unique (program, week, version_no) turns a concurrent
 * second creation into a conflict. Published rows are never updated except to be marked
 * SUPERSEDED.
 */
@Service
public class ReportService {

	public static final String PUBLISHED_CANNOT_CHANGE = "report.conflict.published";

	public static final String NOTHING_TO_CORRECT = "report.conflict.notPublished";

	public static final String CONCURRENT = "report.conflict.concurrent";

	private static final String COLUMNS = "id, program_id, iso_week, version_no, status, summary, highlights, "
			+ "lowlights, asks, decisions, next_steps, snapshot, published_by, published_at, version";

	private final JdbcClient jdbc;

	private final ReportDrafter drafter;

	private final JsonMapper json;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	public ReportService(JdbcClient jdbc, ReportDrafter drafter, JsonMapper json, Clock clock,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.drafter = drafter;
		this.json = json;
		this.clock = clock;
		this.events = events;
	}

	/** The latest version for the week, or the given version; empty if there is none. */
	@Transactional(readOnly = true)
	public Optional<StoredReport> find(long programId, IsoWeek week, Integer versionNo) {
		if (versionNo != null) {
			return this.jdbc
				.sql("select " + COLUMNS + " from status_reports where program_id = :p and iso_week = :w"
						+ " and version_no = :v")
				.param("p", programId)
				.param("w", week.toString())
				.param("v", versionNo)
				.query(ReportService::row)
				.optional();
		}
		return this.jdbc
			.sql("select " + COLUMNS + " from status_reports where program_id = :p and iso_week = :w"
					+ " order by version_no desc fetch first 1 rows only")
			.param("p", programId)
			.param("w", week.toString())
			.query(ReportService::row)
			.optional();
	}

	/**
	 * Every version of every week of the program, newest week first, then newest version
	 * first.
	 */
	@Transactional(readOnly = true)
	public List<StoredReport> archive(long programId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from status_reports where program_id = :p"
					+ " order by iso_week desc, version_no desc")
			.param("p", programId)
			.query(ReportService::row)
			.list();
	}

	/** The stored content of a published (or superseded) report. */
	public ReportContent content(StoredReport report) {
		return this.json.readValue(report.snapshot(), ReportContent.class);
	}

	/**
	 * Saves the written sections into the week's draft, creating it (version 1) if the
	 * week has no report yet.
	 * @param expectedVersion the draft's version the form was loaded with ({@code null}
	 * for a new one)
	 * @throws ReportConflictException if the latest version is published
	 * @throws StaleReportException if the draft changed since
	 */
	@Transactional
	public StoredReport saveDraft(long programId, IsoWeek week, Written written, Long expectedVersion) {
		Optional<StoredReport> latest = find(programId, week, null);
		if (latest.isEmpty()) {
			if (expectedVersion != null) {
				throw new StaleReportException();
			}
			insertDraft(programId, week, 1, written);
		}
		else {
			StoredReport report = latest.get();
			if (!report.isDraft()) {
				throw new ReportConflictException(PUBLISHED_CANNOT_CHANGE);
			}
			if (expectedVersion == null || expectedVersion != report.version()) {
				throw new StaleReportException();
			}
			int updated = this.jdbc
				.sql("""
						update status_reports set summary = :summary, highlights = :highlights, lowlights = :lowlights,
						asks = :asks, decisions = :decisions, next_steps = :nextSteps, version = version + 1, updated_at = :now
						where id = :id and version = :version and status = 'DRAFT'
						""")
				.param("id", report.id())
				.param("version", expectedVersion)
				.param("now", now())
				.params(sections(written))
				.update();
			if (updated != 1) {
				throw new StaleReportException();
			}
		}
		return find(programId, week, null).orElseThrow();
	}

	/**
	 * Freezes the week's draft (creating an empty one first if there is none): its
	 * content computed now is stored as JSON with the publisher and time; an older
	 * published version is superseded. Raises {@link ReportPublished} in the same
	 * transaction (the mails to the recipients are queued by its listener, so they exist
	 * exactly when the published report does).
	 * @throws ReportConflictException if the latest version is already published
	 */
	@Transactional
	public StoredReport publish(long programId, IsoWeek week) {
		StoredReport draft = find(programId, week, null).orElse(null);
		if (draft == null) {
			insertDraft(programId, week, 1, Written.EMPTY);
			draft = find(programId, week, null).orElseThrow();
		}
		if (!draft.isDraft()) {
			throw new ReportConflictException(PUBLISHED_CANNOT_CHANGE);
		}
		String snapshot = this.json.writeValueAsString(this.drafter.draft(programId, week));
		OffsetDateTime now = now();
		int updated = this.jdbc.sql("""
				update status_reports set status = 'PUBLISHED', snapshot = :snapshot, published_by = :by,
				published_at = :now, version = version + 1, updated_at = :now
				where id = :id and version = :version and status = 'DRAFT'
				""")
			.param("snapshot", snapshot)
			.param("by", CurrentActor.name())
			.param("now", now)
			.param("id", draft.id())
			.param("version", draft.version())
			.update();
		if (updated != 1) {
			throw new ReportConflictException(CONCURRENT);
		}
		this.jdbc.sql("""
				update status_reports set status = 'SUPERSEDED', version = version + 1, updated_at = :now
				where program_id = :p and iso_week = :w and status = 'PUBLISHED' and version_no < :v
				""")
			.param("now", now)
			.param("p", programId)
			.param("w", week.toString())
			.param("v", draft.versionNo())
			.update();
		this.events.publishEvent(new ReportPublished(draft.id(), programId, week.toString(), draft.versionNo()));
		return find(programId, week, null).orElseThrow();
	}

	/**
	 * Publishes the draft exactly as the user reviewed it: like {@link #publish}, but
	 * only if the week's draft is still at {@code reviewedVersion} ({@code null}: the
	 * user reviewed a week that had no draft yet, and still has none).
	 * @throws StaleReportException if the draft changed (or was created) since
	 * @throws ReportConflictException if the latest version is already published
	 */
	@Transactional
	public StoredReport publishReviewed(long programId, IsoWeek week, Long reviewedVersion) {
		StoredReport latest = find(programId, week, null).orElse(null);
		if (latest != null && !latest.isDraft()) {
			throw new ReportConflictException(PUBLISHED_CANNOT_CHANGE);
		}
		Long current = (latest != null) ? latest.version() : null;
		if (!java.util.Objects.equals(current, reviewedVersion)) {
			throw new StaleReportException();
		}
		return publish(programId, week);
	}

	/**
	 * Starts a correction of the week's published report: version n+1 as a DRAFT with the
	 * same written sections. The published version stays as it is until the correction is
	 * published.
	 * @throws ReportConflictException if the latest version is not published
	 */
	@Transactional
	public StoredReport correct(long programId, IsoWeek week) {
		StoredReport published = find(programId, week, null).filter((r) -> r.status() == ReportStatus.PUBLISHED)
			.orElseThrow(() -> new ReportConflictException(NOTHING_TO_CORRECT));
		insertDraft(programId, week, published.versionNo() + 1, published.written());
		return find(programId, week, null).orElseThrow();
	}

	private void insertDraft(long programId, IsoWeek week, int versionNo, Written written) {
		OffsetDateTime now = now();
		try {
			this.jdbc.sql("""
					insert into status_reports (program_id, iso_week, version_no, status, summary, highlights,
					lowlights, asks, decisions, next_steps, version, created_at, updated_at)
					values (:p, :w, :v, 'DRAFT', :summary, :highlights, :lowlights, :asks, :decisions, :nextSteps,
					0, :now, :now)
					""")
				.param("p", programId)
				.param("w", week.toString())
				.param("v", versionNo)
				.param("now", now)
				.params(sections(written))
				.update();
		}
		catch (DuplicateKeyException ex) {
			// someone else created this version at the same moment
			throw new ReportConflictException(CONCURRENT);
		}
	}

	private static java.util.Map<String, Object> sections(Written written) {
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		params.put("summary", written.summary());
		params.put("highlights", written.highlights());
		params.put("lowlights", written.lowlights());
		params.put("asks", written.asks());
		params.put("decisions", written.decisions());
		params.put("nextSteps", written.nextSteps());
		return params;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

	private static StoredReport row(ResultSet rs, int n) throws SQLException {
		Written written = new Written(rs.getString("summary"), rs.getString("highlights"), rs.getString("lowlights"),
				rs.getString("asks"), rs.getString("decisions"), rs.getString("next_steps"));
		return new StoredReport(rs.getLong("id"), rs.getLong("program_id"), rs.getString("iso_week"),
				rs.getInt("version_no"), ReportStatus.valueOf(rs.getString("status")), written,
				rs.getString("snapshot"), rs.getString("published_by"),
				rs.getObject("published_at", OffsetDateTime.class), rs.getLong("version"));
	}

}

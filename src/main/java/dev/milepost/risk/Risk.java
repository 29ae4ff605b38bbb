package dev.milepost.risk;

import java.time.LocalDate;

import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.Project;
import dev.milepost.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * A risk of a program, optionally narrowed to one of that program's projects. Its score
 * is always probability x impact: the setters keep it in sync, and a database check
 * enforces it.
 */
@Entity
@Table(name = "risks")
@Audited
public class Risk extends AbstractEntity {

	/** Lowest and highest probability and impact rating. */
	public static final int MIN_RATING = 1;

	public static final int MAX_RATING = 5;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "program_id", nullable = false)
	private Program program;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "project_id")
	private Project project;

	@Column(nullable = false, length = 160)
	private String title;

	@Column(length = 4000)
	private String description;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 20)
	private RiskCategory category = RiskCategory.SCHEDULE;

	@Column(nullable = false)
	private int probability = MIN_RATING;

	@Column(nullable = false)
	private int impact = MIN_RATING;

	@Column(nullable = false)
	private int score = MIN_RATING;

	@Column(nullable = false, length = 120)
	private String owner;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 10)
	private RiskResponse response = RiskResponse.REDUCE;

	@Column(length = 4000)
	private String mitigation;

	private LocalDate nextReviewDate;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 20)
	private RiskStatus status = RiskStatus.OPEN;

	@Column(nullable = false)
	private LocalDate raisedDate;

	@Column(nullable = false)
	private boolean archived;

	/** The issue this risk was raised as once it occurred (an id of the raid module). */
	private Long raisedIssueId;

	protected Risk() {
	}

	public Risk(Program program, String title, String owner, LocalDate raisedDate) {
		this.program = program;
		this.title = title;
		this.owner = owner;
		this.raisedDate = raisedDate;
	}

	public Program getProgram() {
		return this.program;
	}

	public void setProgram(Program program) {
		this.program = program;
	}

	/**
	 * @return {@code null} when the risk concerns the program as a whole
	 */
	public Project getProject() {
		return this.project;
	}

	/**
	 * @param project one of the risk's program's projects, or {@code null}
	 */
	public void setProject(Project project) {
		this.project = project;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public RiskCategory getCategory() {
		return this.category;
	}

	public void setCategory(RiskCategory category) {
		this.category = category;
	}

	public int getProbability() {
		return this.probability;
	}

	public int getImpact() {
		return this.impact;
	}

	/** Probability x impact, 1..25. */
	public int getScore() {
		return this.score;
	}

	public RiskBand getBand() {
		return RiskBand.of(this.score);
	}

	/**
	 * Rates the risk and recomputes its score.
	 * @throws IllegalArgumentException when either rating is outside 1..5
	 */
	public void rate(int probability, int impact) {
		this.probability = checkRating("probability", probability);
		this.impact = checkRating("impact", impact);
		this.score = probability * impact;
	}

	public String getOwner() {
		return this.owner;
	}

	public void setOwner(String owner) {
		this.owner = owner;
	}

	public RiskResponse getResponse() {
		return this.response;
	}

	public void setResponse(RiskResponse response) {
		this.response = response;
	}

	public String getMitigation() {
		return this.mitigation;
	}

	public void setMitigation(String mitigation) {
		this.mitigation = mitigation;
	}

	public LocalDate getNextReviewDate() {
		return this.nextReviewDate;
	}

	public void setNextReviewDate(LocalDate nextReviewDate) {
		this.nextReviewDate = nextReviewDate;
	}

	public RiskStatus getStatus() {
		return this.status;
	}

	public void setStatus(RiskStatus status) {
		this.status = status;
	}

	public LocalDate getRaisedDate() {
		return this.raisedDate;
	}

	public void setRaisedDate(LocalDate raisedDate) {
		this.raisedDate = raisedDate;
	}

	public boolean isArchived() {
		return this.archived;
	}

	public void setArchived(boolean archived) {
		this.archived = archived;
	}

	/**
	 * @return the id of the issue this occurred risk was raised as, or {@code null}
	 */
	public Long getRaisedIssueId() {
		return this.raisedIssueId;
	}

	void setRaisedIssueId(Long raisedIssueId) {
		this.raisedIssueId = raisedIssueId;
	}

	private static int checkRating(String what, int value) {
		if (value < MIN_RATING || value > MAX_RATING) {
			throw new IllegalArgumentException(
					"A risk's " + what + " is rated " + MIN_RATING + " to " + MAX_RATING + ", not " + value);
		}
		return value;
	}

}

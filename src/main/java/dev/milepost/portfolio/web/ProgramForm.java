package dev.milepost.portfolio.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import dev.milepost.security.User;

import dev.milepost.portfolio.Program;
import dev.milepost.portfolio.ProgramDetails;
import dev.milepost.portfolio.ProgramStatus;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The program form, for create and edit.
 */
public class ProgramForm {

	static final String KEY_PATTERN = "[A-Z][A-Z0-9]{1,9}";

	@NotBlank
	@Pattern(regexp = KEY_PATTERN)
	private String key;

	@NotBlank
	@Size(max = 120)
	private String name;

	@Size(max = 4000)
	private String description;

	@Size(max = 500)
	private String objective;

	@NotNull
	private ProgramStatus status = ProgramStatus.PROPOSED;

	@NotNull
	private Long ownerId;

	private Set<Long> editorIds = new LinkedHashSet<>();

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate targetEndDate;

	@DecimalMin("0.00")
	@Digits(integer = 13, fraction = 2)
	private BigDecimal budgetPlanned;

	@NotBlank
	@Pattern(regexp = "[A-Z]{3}")
	private String budgetCurrency = "USD";

	private Long version;

	static ProgramForm from(Program program) {
		ProgramForm form = new ProgramForm();
		form.key = program.getKey();
		form.name = program.getName();
		form.description = program.getDescription();
		form.objective = program.getObjective();
		form.status = program.getStatus();
		form.ownerId = program.getOwner().getId();
		form.editorIds = program.getEditors()
			.stream()
			.map(User::getId)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		form.startDate = program.getStartDate();
		form.targetEndDate = program.getTargetEndDate();
		form.budgetPlanned = program.getBudgetPlanned();
		form.budgetCurrency = program.getBudgetCurrency();
		form.version = program.getVersion();
		return form;
	}

	ProgramDetails toDetails() {
		return new ProgramDetails(this.key, this.name, this.description, this.objective, this.status, this.ownerId,
				this.editorIds, this.startDate, this.targetEndDate, this.budgetPlanned, this.budgetCurrency);
	}

	public String getKey() {
		return this.key;
	}

	public void setKey(String key) {
		this.key = key;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getObjective() {
		return this.objective;
	}

	public void setObjective(String objective) {
		this.objective = objective;
	}

	public ProgramStatus getStatus() {
		return this.status;
	}

	public void setStatus(ProgramStatus status) {
		this.status = status;
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public void setOwnerId(Long ownerId) {
		this.ownerId = ownerId;
	}

	public Set<Long> getEditorIds() {
		return this.editorIds;
	}

	public void setEditorIds(Set<Long> editorIds) {
		this.editorIds = (editorIds != null) ? editorIds : new LinkedHashSet<>();
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public void setStartDate(LocalDate startDate) {
		this.startDate = startDate;
	}

	public LocalDate getTargetEndDate() {
		return this.targetEndDate;
	}

	public void setTargetEndDate(LocalDate targetEndDate) {
		this.targetEndDate = targetEndDate;
	}

	public BigDecimal getBudgetPlanned() {
		return this.budgetPlanned;
	}

	public void setBudgetPlanned(BigDecimal budgetPlanned) {
		this.budgetPlanned = budgetPlanned;
	}

	public String getBudgetCurrency() {
		return this.budgetCurrency;
	}

	public void setBudgetCurrency(String budgetCurrency) {
		this.budgetCurrency = budgetCurrency;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}

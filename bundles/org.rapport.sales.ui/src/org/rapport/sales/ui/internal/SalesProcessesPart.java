package org.rapport.sales.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.security.AccessDeniedException;
import org.rapport.platform.security.Action;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.ui.Columns;
import org.rapport.platform.ui.Reload;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.Opportunities;
import org.rapport.sales.SalesProcess;
import org.rapport.sales.SalesProcesses;
import org.rapport.sales.SalesStage;

import jakarta.annotation.PostConstruct;
import org.rapport.platform.ui.Loader;
import org.rapport.sales.SalesTopics;

/**
 * The sales processes, for the administrator: the win probability of each stage, and the company's own processes
 * (copied from another) whose stages can be added, renamed, reordered and removed; which one new opportunities get.
 */
public class SalesProcessesPart {

	private SalesProcesses processes;
	private Shell shell;
	private Combo chooser;
	private Label about;
	private TableViewer stages;
	private final List<Button> ownOnly = new ArrayList<>();
	private List<SalesProcess> shown = List.of();
	/** Only an administrator changes processes; others see them. Known once read in the background. */
	private boolean admin;
	private SecurityContext security;
	private final List<Button> adminOnly = new ArrayList<>();
	/** The process to show after the next reload, such as a new copy. */
	private String wanted;
	private String keepStage;
	private Loader loader;

	@PostConstruct
	void create(Composite parent, SalesProcesses service, SecurityContext security, Database database,
			IEventBroker broker) {
		this.processes = service;
		this.security = security;
		this.shell = parent.getShell();
		GridLayoutFactory.fillDefaults().numColumns(5).margins(6, 6).applyTo(parent);
		new Label(parent, SWT.NONE).setText(Messages.Processes_process);
		chooser = new Combo(parent, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().applyTo(chooser);
		button(parent, Messages.Processes_copy, false, this::copy);
		button(parent, Messages.Processes_standard, false, () -> act(() -> processes.standard(current().id())));
		button(parent, Messages.Processes_remove, true, this::removeProcess);
		about = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().span(5, 1).grab(true, false).applyTo(about);
		stages = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION);
		stages.getTable().setHeaderVisible(true);
		stages.getTable().setLinesVisible(true);
		stages.setContentProvider(ArrayContentProvider.getInstance());
		Columns.add(stages, Messages.Stage_name, 220, SalesStage.class, SalesStage::label);
		Columns.add(stages, Messages.Stage_probability, 130, SalesStage.class, s -> s.probability() + "%");
		Columns.add(stages, Messages.Stage_outcome, 90, SalesStage.class, s -> Labels.outcome(s.outcome()));
		Columns.add(stages, Messages.Stage_signalsHeader, 480, SalesStage.class, s -> String.join("; ", s.signals()));
		GridDataFactory.fillDefaults().span(5, 1).grab(true, true).applyTo(stages.getControl());
		Composite row = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(6).applyTo(row);
		GridDataFactory.fillDefaults().span(5, 1).applyTo(row);
		button(row, Messages.Stage_edit, false, this::editStage);
		button(row, Messages.Stage_new, true, () -> addStage());
		button(row, Messages.Stage_up, true, () -> moveStage(-1));
		button(row, Messages.Stage_down, true, () -> moveStage(1));
		button(row, Messages.Stage_remove, true, this::removeStage);
		button(row, Messages.Processes_rename, true, this::rename);
		stages.addDoubleClickListener(e -> {
			if (admin) {
				editStage();
			}
		});
		chooser.addListener(SWT.Selection, e -> showStages());
		loader = new Loader(stages.getControl());
		Reload.when(broker, stages.getControl(), this::reload, SalesTopics.PROCESSES);
		if (database.isOpen()) {
			reload();
		}
	}

	@Focus
	void focus() {
		chooser.setFocus();
	}

	private void button(Composite parent, String label, boolean companyOwnOnly, Runnable action) {
		Button b = new Button(parent, SWT.PUSH);
		b.setText(label);
		b.addListener(SWT.Selection, e -> {
			if (current() != null) {
				action.run();
			}
		});
		b.setEnabled(false);
		if (companyOwnOnly) {
			ownOnly.add(b);
		} else {
			adminOnly.add(b);
		}
	}

	private SalesProcess current() {
		int index = chooser.getSelectionIndex();
		return index < 0 || index >= shown.size() ? null : shown.get(index);
	}

	private void reload() {
		String keep = wanted != null ? wanted : current() == null ? null : current().id();
		wanted = null;
		loader.load(() -> new Choice(processes.list(), processes.standard().id(),
				security.isPermitted(Opportunities.MODULE, Action.ADMINISTER)), choice -> show(choice, keep));
	}

	private record Choice(List<SalesProcess> processes, String standard, boolean admin) {
	}

	private void show(Choice choice, String keep) {
		admin = choice.admin();
		adminOnly.forEach(b -> b.setEnabled(admin));
		shown = choice.processes();
		String standard = choice.standard();
		chooser.removeAll();
		for (SalesProcess p : shown) {
			chooser.add(p.label() + (p.id().equals(standard) ? "  " + Messages.Processes_isStandard : ""));
			if (p.id().equals(keep) || keep == null && p.id().equals(standard)) {
				chooser.select(chooser.getItemCount() - 1);
			}
		}
		showStages();
	}

	private void showStages() {
		SalesProcess p = current();
		stages.setInput(p == null ? List.of() : p.stages());
		if (p != null && keepStage != null) {
			List<String> ids = p.stages().stream().map(SalesStage::id).toList();
			stages.getTable().setSelection(Math.max(0, ids.indexOf(keepStage)));
			keepStage = null;
		}
		about.setText(p == null ? "" : p.companyOwn() ? Messages.Processes_own : Messages.Processes_contributed);
		ownOnly.forEach(b -> b.setEnabled(admin && p != null && p.companyOwn()));
		about.getParent().layout(true, true);
	}

	private SalesStage selectedStage() {
		Object chosen = stages.getStructuredSelection().getFirstElement();
		return chosen instanceof SalesStage s ? s : null;
	}

	private void copy() {
		InputDialog name = new InputDialog(shell, Messages.Processes_copy, Messages.Processes_copyName,
				NLS.bind(Messages.Processes_copyOf, current().label()), null);
		if (name.open() == Window.OK) {
			act(() -> wanted = processes.copy(current().id(), name.getValue()).id());
		}
	}

	private void rename() {
		InputDialog name = new InputDialog(shell, Messages.Processes_rename, Messages.Processes_copyName,
				current().label(), null);
		if (name.open() == Window.OK) {
			act(() -> processes.define(current().id(), name.getValue(), current().stages()));
		}
	}

	private void removeProcess() {
		if (MessageDialog.openQuestion(shell, Messages.Processes_remove,
				NLS.bind(Messages.Processes_removeQuestion, current().label()))) {
			act(() -> processes.remove(current().id()));
		}
	}

	private void editStage() {
		SalesStage stage = selectedStage();
		SalesProcess p = current();
		if (stage == null) {
			return;
		}
		StageDialog dialog = new StageDialog(shell, stage, !p.companyOwn());
		if (dialog.open() == Window.OK) {
			if (p.companyOwn()) {
				change(list -> {
					list.set(list.indexOf(stage), dialog.stage());
					return list;
				});
			} else {
				act(() -> processes.probability(p.id(), stage.id(), dialog.stage().probability()));
			}
		}
	}

	private void addStage() {
		StageDialog dialog = new StageDialog(shell, null, false);
		if (dialog.open() == Window.OK) {
			SalesStage chosen = selectedStage();
			change(list -> {
				// A new stage goes after the chosen one, or before the closing stages.
				int at = chosen != null ? list.indexOf(chosen) + 1
						: (int) list.stream().filter(s -> s.outcome() == SalesStage.Outcome.OPEN).count();
				list.add(at, dialog.stage());
				return list;
			});
		}
	}

	private void moveStage(int by) {
		SalesStage stage = selectedStage();
		if (stage != null) {
			// Chosen again once the process is read back, so that the stage can be moved on.
			keepStage = stage.id();
			change(list -> {
				int from = list.indexOf(stage);
				int to = Math.max(0, Math.min(list.size() - 1, from + by));
				list.add(to, list.remove(from));
				return list;
			});
		}
	}

	private void removeStage() {
		SalesStage stage = selectedStage();
		if (stage != null && MessageDialog.openQuestion(shell, Messages.Stage_remove,
				NLS.bind(Messages.Stage_removeQuestion, stage.label()))) {
			change(list -> {
				list.remove(stage);
				return list;
			});
		}
	}

	/** Saves the company's process with its stages changed, or says why not and keeps it as it was. */
	private void change(UnaryOperator<List<SalesStage>> edit) {
		SalesProcess p = current();
		act(() -> processes.define(p.id(), p.label(), edit.apply(new ArrayList<>(p.stages()))));
	}

	private void act(Runnable action) {
		try {
			action.run();
			reload();
		} catch (ValidationException e) {
			MessageDialog.openError(shell, Messages.Processes_refused, OpportunityDialog.text(e));
		} catch (AccessDeniedException e) {
			MessageDialog.openError(shell, Messages.Processes_refused, e.getMessage());
		}
	}
}

package org.rapport.sales.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.security.Directory;
import org.rapport.platform.security.Team;
import org.rapport.platform.security.User;
import org.rapport.platform.ui.Loader;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.Lead;
import org.rapport.sales.Leads;

/**
 * Hands leads to a team with a strategy; says afterwards how many each person got. The teams are read in the
 * background when it opens: Assign waits for them.
 */
final class AssignLeadsDialog extends TitleAreaDialog {

	/** The teams on offer and every user's name by login (to say who got how many). */
	private record Choices(List<Team> teams, Map<String, String> names) {
	}

	private final Leads leads;
	private final Directory directory;
	private final List<Lead> chosen;
	private final List<String> strategyIds = new ArrayList<>();
	private List<Team> teams = List.of();
	private Map<String, String> names = Map.of();
	private Combo team;
	private Combo strategy;

	AssignLeadsDialog(Shell parent, Leads leads, Directory directory, List<Lead> chosen) {
		super(parent);
		this.leads = leads;
		this.directory = directory;
		this.chosen = List.copyOf(chosen);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Assign_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(Messages.Assign_title);
		setMessage(NLS.bind(Messages.Assign_message, chosen.size()));
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(10, 10).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		new Label(body, SWT.NONE).setText(Messages.Assign_team);
		team = new Combo(body, SWT.READ_ONLY);
		team.setEnabled(false);
		GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(team);
		new Label(body, SWT.NONE).setText(Messages.Assign_strategy);
		strategy = new Combo(body, SWT.READ_ONLY);
		leads.strategies().forEach((id, label) -> {
			strategyIds.add(id);
			strategy.add(label);
		});
		strategy.select(0);
		new Loader(team).load(() -> new Choices(directory.teams(), directory.users().stream()
				.collect(Collectors.toMap(User::login, User::displayName, (a, b) -> a))), this::show,
				e -> setErrorMessage(e.getMessage()));
		return area;
	}

	private void show(Choices loaded) {
		teams = loaded.teams();
		names = loaded.names();
		teams.forEach(t -> team.add(NLS.bind(Messages.Assign_teamLine, t.name(), t.members().size())));
		team.select(0);
		team.setEnabled(!teams.isEmpty());
		if (teams.isEmpty()) {
			setErrorMessage(Messages.Assign_noTeams);
		}
		enableAssign();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		enableAssign();
	}

	/** Assign only once the teams are there. */
	private void enableAssign() {
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(!teams.isEmpty() && !chosen.isEmpty());
		}
	}

	@Override
	protected void okPressed() {
		if (teams.isEmpty() || chosen.isEmpty()) {
			return;
		}
		Map<String, Integer> counts;
		try {
			// The leads as listed: one handed out or changed by someone else since refuses the hand-out.
			counts = leads.assign(chosen, strategyIds.get(strategy.getSelectionIndex()),
					teams.get(team.getSelectionIndex()).members());
		} catch (ValidationException e) {
			setErrorMessage(OpportunityDialog.text(e).replace('\n', ' '));
			return;
		} catch (DatabaseException e) {
			setErrorMessage(e.getMessage());
			return;
		}
		StringBuilder text = new StringBuilder();
		counts.forEach((login, n) -> text.append(names.getOrDefault(login, login))
				.append(": ").append(n).append('\n'));
		super.okPressed();
		MessageDialog.openInformation(getParentShell(), Messages.Assign_title,
				NLS.bind(Messages.Assign_done, text.toString().strip()));
	}
}

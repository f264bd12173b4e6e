package org.rapport.sales.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.Lead;
import org.rapport.sales.Leads;

/** Hands leads to a team with a strategy; says afterwards how many each person got. */
final class AssignLeadsDialog extends TitleAreaDialog {

	private final Leads leads;
	private final Directory directory;
	private final List<Lead> chosen;
	private final List<String> strategyIds = new ArrayList<>();
	private List<Team> teams;
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
		teams = directory.teams();
		teams.forEach(t -> team.add(NLS.bind(Messages.Assign_teamLine, t.name(), t.members().size())));
		team.select(0);
		GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(team);
		new Label(body, SWT.NONE).setText(Messages.Assign_strategy);
		strategy = new Combo(body, SWT.READ_ONLY);
		leads.strategies().forEach((id, label) -> {
			strategyIds.add(id);
			strategy.add(label);
		});
		strategy.select(0);
		if (teams.isEmpty()) {
			setErrorMessage(Messages.Assign_noTeams);
		}
		return area;
	}

	@Override
	protected void okPressed() {
		if (teams.isEmpty() || chosen.isEmpty()) {
			return;
		}
		Map<String, Integer> counts;
		try {
			counts = leads.assign(chosen.stream().map(Lead::id).toList(), strategyIds.get(strategy.getSelectionIndex()),
					teams.get(team.getSelectionIndex()).members());
		} catch (ValidationException e) {
			setErrorMessage(OpportunityDialog.text(e).replace('\n', ' '));
			return;
		} catch (DatabaseException e) {
			setErrorMessage(e.getMessage());
			return;
		}
		StringBuilder text = new StringBuilder();
		counts.forEach((login, n) -> text.append(directory.user(login).map(u -> u.displayName()).orElse(login))
				.append(": ").append(n).append('\n'));
		super.okPressed();
		MessageDialog.openInformation(getParentShell(), Messages.Assign_title,
				NLS.bind(Messages.Assign_done, text.toString().strip()));
	}
}

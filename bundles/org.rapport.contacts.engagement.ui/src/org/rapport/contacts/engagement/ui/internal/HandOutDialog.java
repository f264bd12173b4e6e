package org.rapport.contacts.engagement.ui.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.rapport.contacts.CustomerQuery;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.CustomerSummary;
import org.rapport.contacts.Segment;
import org.rapport.contacts.Segments;
import org.rapport.contacts.engagement.Priority;
import org.rapport.contacts.engagement.Tasks;
import org.rapport.platform.security.Directory;
import org.rapport.platform.security.Team;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.ui.Loader;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;

/**
 * One task per customer of a segment, spread evenly over a team (a manager's batch). The segments and teams are
 * read in the background when it opens: OK waits for them.
 */
final class HandOutDialog extends TitleAreaDialog {

	/** More than this many customers is not a batch a team can work through: choose a smaller segment. */
	private static final int MOST = 10_000;

	/** The segments and teams on offer. */
	private record Choices(List<Segment> segments, List<Team> teams) {
	}

	private final Tasks tasks;
	private final Segments segmentService;
	private final Directory directory;
	private final CustomerService customers;
	private List<Segment> segments = List.of();
	private List<Team> teams = List.of();
	private Text what;
	private DateTime day;
	private Combo segment;
	private Combo team;

	HandOutDialog(Shell parent, Tasks tasks, Segments segments, Directory directory, CustomerService customers) {
		super(parent);
		this.tasks = tasks;
		this.segmentService = segments;
		this.directory = directory;
		this.customers = customers;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.HandOut_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(Messages.HandOut_title);
		setMessage(Messages.HandOut_message);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(10, 10).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		new Label(body, SWT.NONE).setText(Messages.Task_what);
		what = new Text(body, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(what);
		new Label(body, SWT.NONE).setText(Messages.Task_due);
		day = new DateTime(body, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		When.set(day, null, Instant.now().plus(7, ChronoUnit.DAYS));
		new Label(body, SWT.NONE).setText(Messages.HandOut_segment);
		segment = new Combo(body, SWT.READ_ONLY);
		segment.setEnabled(false);
		new Label(body, SWT.NONE).setText(Messages.HandOut_team);
		team = new Combo(body, SWT.READ_ONLY);
		team.setEnabled(false);
		new Loader(segment).load(() -> new Choices(segmentService.list(), directory.teams()), this::offer,
				e -> setErrorMessage(e.getMessage()));
		return area;
	}

	private void offer(Choices choices) {
		segments = choices.segments();
		teams = choices.teams();
		setMessage(teams.isEmpty() ? Messages.HandOut_noTeam : Messages.HandOut_message);
		segments.forEach(s -> segment.add(s.name()));
		segment.select(0);
		segment.setEnabled(true);
		teams.forEach(t -> team.add(t.name() + " (" + t.members().size() + ")"));
		team.select(0);
		team.setEnabled(true);
		enableOk();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		enableOk();
	}

	/** OK once there is a segment and a team to choose. */
	private void enableOk() {
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(!segments.isEmpty() && !teams.isEmpty());
		}
	}

	@Override
	protected void okPressed() {
		if (segment.getSelectionIndex() < 0 || team.getSelectionIndex() < 0) {
			return;
		}
		List<Long> ids = new ArrayList<>();
		CustomerQuery query = CustomerQuery.inSegment(segments.get(segment.getSelectionIndex()).id(), 1000);
		List<CustomerSummary> page;
		do {
			page = customers.search(query);
			page.forEach(c -> ids.add(c.id()));
			if (!page.isEmpty()) {
				query = query.next(page.get(page.size() - 1));
			}
		} while (page.size() == 1000 && ids.size() <= MOST);
		if (ids.size() > MOST) {
			setErrorMessage(NLS.bind(Messages.HandOut_tooMany, MOST));
			return;
		}
		Map<String, Integer> counts;
		try {
			counts = tasks.assignEvenly(what.getText(), When.instant(day, null), Priority.NORMAL, ids,
					teams.get(team.getSelectionIndex()).members());
		} catch (ValidationException e) {
			setErrorMessage(String.join("\n", e.errors().stream().map(FieldError::message).toList()));
			return;
		} catch (DatabaseException e) {
			MessageDialog.openError(getShell(), Messages.HandOut_title, e.getMessage());
			return;
		}
		super.okPressed();
		MessageDialog.openInformation(getParentShell(), Messages.HandOut_title, NLS.bind(Messages.HandOut_done,
				counts.toString().replace("{", "").replace("}", "")));
	}
}

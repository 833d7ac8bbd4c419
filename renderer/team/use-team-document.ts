/**
 * The open document's place on the team (issue 21): whether it is shared, who translates and reviews it, the
 * rows others changed that its translator has not looked at ("changed by NAME"), and the link's state for the
 * live indicator. Read from the main process, which keeps all of it (electron/features/team); asked again every
 * couple of seconds, as the rows' change feed is, so a pulled row's mark shows with its text.
 *
 * The translator "looks" at a changed row by staying on it: after LOOK_MS as the active row, `team.seen` clears
 * the mark (the main process only lets the translator, or anyone while no translator is assigned, clear it).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TeamDocumentInfo, TeamStatus } from '../../core/api/contract';
import { call } from '../api/client';

export const TEAM_POLL_MS = 2000;
/** How long the translator stays on a changed row before it counts as looked at. */
export const LOOK_MS = 1000;

export interface TeamDocument {
  /** null: not linked to a team (or not read yet). */
  info: TeamDocumentInfo | null;
  status: TeamStatus | null;
  /** Rows (from 0) changed by someone else, not yet looked at by the translator, with who changed them. */
  changedBy: ReadonlyMap<number, string>;
  /** This user is the one who clears the marks (the translator, or anyone while nobody is assigned). */
  isTranslator: boolean;
  refresh: () => void;
}

const NOBODY: ReadonlyMap<number, string> = new Map();

export function useTeamDocument(documentId: string, active: number): TeamDocument {
  const [info, setInfo] = useState<TeamDocumentInfo | null>(null);
  const [status, setStatus] = useState<TeamStatus | null>(null);
  const alive = useRef(true);
  // A poll that brings nothing new keeps the same objects: the workbench does not draw again for it.
  const same = useRef({ info: '', status: '' });

  const refresh = useCallback(() => {
    void call('team.status', {})
      .then(async (s) => {
        if (!alive.current) return;
        const sj = JSON.stringify(s);
        if (sj !== same.current.status) setStatus(s);
        same.current.status = sj;
        const d = s.linked ? await call('team.document', { documentId }) : null;
        const dj = JSON.stringify(d);
        if (alive.current && dj !== same.current.info) setInfo(d);
        same.current.info = dj;
      })
      .catch(() => undefined); // a lost server is the connection banner's to say; the last state stays
  }, [documentId]);

  useEffect(() => {
    alive.current = true;
    refresh();
    const timer = window.setInterval(refresh, TEAM_POLL_MS);
    return () => {
      alive.current = false;
      window.clearInterval(timer);
    };
  }, [refresh]);

  const changedBy = useMemo(
    () => (info?.changed.length ? new Map(info.changed.map((c) => [c.index, c.changedBy])) : NOBODY),
    [info],
  );
  const isTranslator = Boolean(info?.shared && (info.translator === null || info.translator === info.user));

  // The translator stays on a changed row: it is looked at, the mark goes.
  const changedHere = changedBy.has(active);
  useEffect(() => {
    if (!changedHere || !isTranslator) return;
    const timer = window.setTimeout(() => {
      void call('team.seen', { documentId, index: active }).then(refresh, () => undefined);
    }, LOOK_MS);
    return () => window.clearTimeout(timer);
  }, [changedHere, isTranslator, active, documentId, refresh]);

  return { info, status, changedBy, isTranslator, refresh };
}

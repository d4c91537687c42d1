import { useEffect, useId, useState } from 'react';
import { checkInCalendar, CHECK_IN_DAYS, daysFrom } from '~/lib/results/calendar';
import { download } from './download';
import { ui } from '../ui';

/** The next check-in, as a calendar file. */
export function CheckIn() {
  const uid = useId();
  // Set after hydration: the server does not know today's date in the reader's time zone.
  const [day, setDay] = useState('');
  useEffect(() => setDay(daysFrom(new Date(), CHECK_IN_DAYS)), []);
  const save = () => {
    const resultsUrl = window.location.href.replace(/#.*$/, '');
    download(
      `check-in-${day}.ics`,
      checkInCalendar({ day, now: new Date(), resultsUrl }),
      'text/calendar;charset=utf-8',
    );
  };
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(day);
  return (
    <>
      <h3 id="next-check-in">Next check-in</h3>
      <p>
        Book a date to answer again and compare — {CHECK_IN_DAYS} days from now works well. The reminder is a calendar
        file (.ics) for your calendar app; nothing is sent anywhere.
      </p>
      <div className={ui.row}>
        <div className={ui.field}>
          <label htmlFor={`${uid}-day`}>Date of your next check-in</label>
          <input id={`${uid}-day`} type="date" value={day} onChange={(e) => setDay(e.currentTarget.value)} />
        </div>
        <div className={ui.actions}>
          <button type="button" className={ui.button} disabled={!valid} onClick={save}>
            Download a reminder (.ics)
          </button>
        </div>
      </div>
    </>
  );
}

// While callbacks run, the page title reads the app's update_title ("Updating..." unless the
// app says otherwise; None or "" turn it off), and comes back when they are done, as in Dash.
import { getRunning, onRunningChange } from "./running.js";

export function followRunningInTitle(updateTitle) {
  if (!updateTitle) return;
  let saved = null;
  onRunningChange(() => {
    const busy = getRunning().length > 0;
    if (busy && saved === null) {
      saved = document.title;
      document.title = updateTitle;
    } else if (!busy && saved !== null) {
      if (document.title === updateTitle) document.title = saved; // unless the app set one
      saved = null;
    }
  });
}

declare namespace App {
  interface Locals {
    /** Set once a page has rendered its storage notice, so it shows only once. */
    playbookNoticeShown?: boolean;
  }
}

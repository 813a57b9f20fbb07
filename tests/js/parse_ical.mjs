// Parse .ics files with Mozilla's ical.js (an independent parser) and print what it saw as JSON.
// Usage: node parse_ical.mjs FILE...
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

const result = {};
for (const file of process.argv.slice(2)) {
  const jcal = ICAL.parse(readFileSync(file, "utf8"));
  const calendar = new ICAL.Component(jcal);
  const zones = calendar.getAllSubcomponents("vtimezone");
  for (const zone of zones) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  const events = calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      startUtc: event.startDate.toUnixTime(),
      zone: event.startDate.zone ? event.startDate.zone.tzid : null,
      status: component.getFirstPropertyValue("status"),
      sequence: event.sequence,
    };
  });
  result[file] = {
    name: calendar.getFirstPropertyValue("x-wr-calname"),
    refresh: calendar.getFirstProperty("refresh-interval")?.toJSON(),
    ttl: String(calendar.getFirstPropertyValue("x-published-ttl")),
    zones: zones.map((z) => z.getFirstPropertyValue("tzid")),
    events,
  };
}
process.stdout.write(JSON.stringify(result));

import { cn } from "@crm/ui";

import { ChainPanel } from "./chain-panel";
import { ApprovalTime, OverdueTasks, Requests } from "./follow-through";
import { FundsPanel } from "./funds-panel";
import { FunnelPanel } from "./funnel-panel";
import { Headline } from "./headline";
import { Ranking } from "./ranking";
import type { CockpitData, CockpitLook } from "./types";
import { ZonePanel } from "./zone-panel";

/** The cockpit's figures laid out for the page (a phone stacks them) or the 1920×1080 screen. */
export function CockpitBoard({ data, look }: { data: CockpitData; look: CockpitLook }) {
  if (look === "screen") {
    return (
      <div className="grid h-full grid-rows-[auto_1fr_1fr] gap-4">
        <Headline data={data} look={look} />
        <div className="grid min-h-0 grid-cols-4 gap-4">
          <FunnelPanel data={data} look={look} />
          <ZonePanel data={data} look={look} />
          <ChainPanel data={data} look={look} />
          <Ranking data={data} look={look} />
        </div>
        <div className="grid min-h-0 grid-cols-4 gap-4">
          <FundsPanel data={data} look={look} />
          <OverdueTasks data={data} look={look} />
          <ApprovalTime data={data} look={look} />
          <Requests data={data} look={look} />
        </div>
      </div>
    );
  }
  return (
    <div className={cn("space-y-4")}>
      <Headline data={data} look={look} />
      <div className="grid gap-4 lg:grid-cols-2">
        <FunnelPanel data={data} look={look} />
        <Ranking data={data} look={look} />
        <ZonePanel data={data} look={look} />
        <ChainPanel data={data} look={look} />
        <FundsPanel data={data} look={look} />
        <Requests data={data} look={look} />
        <OverdueTasks data={data} look={look} />
        <ApprovalTime data={data} look={look} />
      </div>
    </div>
  );
}

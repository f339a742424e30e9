/**
 * The colours of the product, defined once: every view, page and export uses these. Okabe–Ito hues, which
 * stay distinct for the common forms of colour blindness.
 */
import type {ItemKind, Role} from "../lib/model.js";

export const ROLES: Role[] = ["lead", "support", "joint", "implicit"];
export const ROLE_COLORS: Record<Role, string> = {
  lead: "#D55E00",
  support: "#0072B2",
  joint: "#009E73",
  implicit: "#BBBBBB"
};
export const ROLE_LABELS: Record<Role, string> = {
  lead: "牵头 lead",
  support: "配合 support",
  joint: "共同 joint",
  implicit: "默认 implicit"
};

export const KINDS: ItemKind[] = ["task", "action"];
export const KIND_COLORS: Record<ItemKind, string> = {task: "#0072B2", action: "#E69F00"};
export const KIND_LABELS: Record<ItemKind, string> = {task: "任务 tasks", action: "专栏行动 actions"};

/** Everything NHS Context draws over a page: the popover, the keyboard focus ring and a screen-reader status. */
import type { PopoverProps } from "./popover";
import { Popover } from "./popover";

export interface FocusTarget {
  rect: { left: number; top: number; width: number; height: number };
  label: string;
}

export interface LayerProps {
  status: string;
  popover: PopoverProps | null;
  focusTarget: FocusTarget | null;
  onFocusEnter(): void;
}

export function Layer({ status, popover, focusTarget, onFocusEnter }: LayerProps) {
  return (
    <div class="layer">
      <div class="sr-only" role="status" aria-live="polite">
        {status}
      </div>
      {focusTarget ? (
        <button
          type="button"
          class="phrase-focus"
          aria-label={focusTarget.label}
          aria-haspopup="dialog"
          style={{
            left: `${focusTarget.rect.left - 2}px`,
            top: `${focusTarget.rect.top - 2}px`,
            width: `${focusTarget.rect.width + 4}px`,
            height: `${focusTarget.rect.height + 4}px`,
          }}
          onClick={onFocusEnter}
        />
      ) : null}
      {popover ? (
        <div class="popover-frame">
          <Popover {...popover} />
        </div>
      ) : null}
    </div>
  );
}

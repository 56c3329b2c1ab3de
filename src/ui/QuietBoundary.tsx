import { Component, type ReactNode } from 'react';

/** For something nice to have (a QR code): if its code cannot load, leave it out and carry on. */
export class QuietBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

import { Component, type ReactNode } from 'react';
import { en } from '../content/en';

interface Props {
  children: ReactNode;
  onReset: () => void;
}

/**
 * A crash anywhere below shows a calm page with a way out, never a blank screen. It reads the
 * English content directly, because the content context may be what failed.
 */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <main>
        <h1>{en.crash.title}</h1>
        <p>{en.crash.body}</p>
        <div className="actions">
          <button
            type="button"
            className="button primary"
            onClick={() => {
              this.props.onReset();
              this.setState({ failed: false });
            }}
          >
            {en.common.startAgain}
          </button>
        </div>
      </main>
    );
  }
}

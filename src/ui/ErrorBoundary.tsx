import { Component, type ReactNode } from 'react';
import type { Content } from '../content/schema';

interface Props {
  children: ReactNode;
  /** The page's language, passed in directly: the content context may be what failed. */
  content: Content;
  onReset: () => void;
}

/** A crash anywhere below shows a calm page with a way out, never a blank screen. */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const { crash, common, lang } = this.props.content;
    return (
      <main lang={lang}>
        <h1>{crash.title}</h1>
        <p>{crash.body}</p>
        <div className="actions">
          <button
            type="button"
            className="button primary"
            onClick={() => {
              this.props.onReset();
              this.setState({ failed: false });
            }}
          >
            {common.startAgain}
          </button>
        </div>
      </main>
    );
  }
}
